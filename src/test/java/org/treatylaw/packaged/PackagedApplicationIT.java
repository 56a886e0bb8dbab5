package org.treatylaw.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as it ships: the packaged jar started as its own process, asked over real HTTP. Catches what a
 * test on the flat class path cannot, such as Drools services the packaged class loader must find.
 */
class PackagedApplicationIT {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static Process app;
    private static String base;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        File jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-plain.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no packaged jar in target/")).toFile();
        Path data = Files.createTempDirectory("treaty-status-it");
        app = new ProcessBuilder("java", "-jar", jar.getAbsolutePath(), "--server.port=0", "--treaty-status.data-dir=" + data)
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the application stopped before it started"));
        });
        reader.setDaemon(true);
        reader.start();
        base = "http://localhost:" + port.get(180, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void thePackagedServiceAnswersTheStatusOfTheDefaultDataset() throws Exception {
        JsonNode report = get("/api/datasets/central-asia/status?asOf=2002-03-01");
        JsonNode caco = null;
        for (JsonNode o : report.get("organizations")) {
            if (o.get("id").asText().equals("caco")) caco = o;
        }
        assertThat(caco).isNotNull();
        assertThat(caco.get("status").asText()).isEqualTo("functioning-provisionally");
        assertThat(caco.get("members")).hasSize(4);
    }

    @Test
    void thePackagedServiceAnswersAWhatIf() throws Exception {
        String body = "{\"asOf\":\"2002-07-01\",\"add\":[{\"type\":\"non-participation-notice\",\"instrument\":\"caco-treaty-2002\",\"state\":\"UZ\",\"date\":\"2002-06-01\"}]}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/datasets/central-asia/what-if"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("changes").toString()).contains("\"object\":\"UZ\"");
    }

    @Test
    void aStatusIsCompressedForAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/datasets/central-asia/status?asOf=2003-01-01"))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(json.readTree(in).get("asOf").asText()).isEqualTo("2003-01-01");
        }
    }
}
