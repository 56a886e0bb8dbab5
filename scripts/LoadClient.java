import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load client (JDK only, run as a source file): CLIENTS threads on loopback, each sending one request at
 * a time for SECONDS, a mix of status and what-if requests on a dataset; prints throughput, latency percentiles
 * and the error count.
 *
 * <pre>java scripts/LoadClient.java BASE_URL DATASET DATASET_JSON_FILE [clients=16] [seconds=60] [whatIfShare=0.2] [reports=full|touched] [status=whole|subject]</pre>
 *
 * {@code reports} is the what-if's {@code reports} parameter: whole reports (the default), or only on the touched
 * instruments and organizations. {@code status} asks the whole status (the default), or the status of one treaty
 * ({@code subject=}).
 * The instruments and states to ask about are read from the dataset's JSON file (ids like "tr-00042").
 */
public class LoadClient {

    record Sample(String kind, long nanos, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String dataset = args[1];
        String json = Files.readString(Path.of(args[2]));
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        double whatIfShare = args.length > 5 ? Double.parseDouble(args[5]) : 0.2;
        String reports = args.length > 6 ? args[6] : "full";
        boolean ofOneTreaty = args.length > 7 && args[7].equals("subject");
        List<String> instruments = ids(json, "\"id\"\\s*:\\s*\"(tr-\\d+)\"");
        List<String> states = ids(json, "\"code\"\\s*:\\s*\"([A-Z]{2})\"");
        if (instruments.isEmpty() || states.isEmpty()) throw new IllegalStateException("no instruments or states in " + args[2]);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    LocalDate asOf = LocalDate.of(1960 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    boolean whatIf = random.nextDouble() < whatIfShare;
                    HttpRequest request;
                    if (whatIf) {
                        String body = "{\"asOf\":\"" + asOf + "\",\"add\":[{\"type\":\"deposit\",\"id\":\"load-what-if\",\"kind\":\"accession\","
                                + "\"instrument\":\"" + instruments.get(random.nextInt(instruments.size())) + "\",\"state\":\""
                                + states.get(random.nextInt(states.size())) + "\",\"date\":\"" + asOf.minusYears(1) + "\"}]}";
                        request = HttpRequest.newBuilder(URI.create(base + "/api/datasets/" + dataset + "/what-if?reports=" + reports))
                                .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    } else {
                        String subject = ofOneTreaty ? "&subject=" + instruments.get(random.nextInt(instruments.size())) : "";
                        request = HttpRequest.newBuilder(URI.create(base + "/api/datasets/" + dataset + "/status?asOf=" + asOf + subject))
                                .timeout(Duration.ofSeconds(300)).GET().build();
                    }
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = response.statusCode() == 200;
                        bytes.addAndGet(response.body().length);
                        if (!ok && firstErrors.size() < 5) firstErrors.add(response.statusCode() + " " + new String(response.body()).lines().findFirst().orElse(""));
                    } catch (Exception e) {
                        ok = false;
                        if (firstErrors.size() < 5) firstErrors.add(e.toString());
                    }
                    samples.add(new Sample(whatIf ? "what-if" : "status", System.nanoTime() - t0, ok));
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Sample> all = new ArrayList<>(samples);
        long errors = all.stream().filter(s -> !s.ok()).count();
        System.out.printf("clients %d, %.1f s, %d requests, %.2f requests/s, %d errors, %.1f MB received%n",
                clients, elapsed, all.size(), all.size() / elapsed, errors, bytes.get() / 1e6);
        for (String kind : List.of("all", "status", "what-if")) {
            long[] ms = all.stream().filter(s -> kind.equals("all") || s.kind().equals(kind)).mapToLong(Sample::nanos).sorted().toArray();
            if (ms.length == 0) continue;
            System.out.printf("  %-8s n=%-6d p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms%n", kind, ms.length,
                    percentile(ms, 0.50), percentile(ms, 0.99), ms[ms.length - 1] / 1e6);
        }
        firstErrors.forEach(e -> System.out.println("  error: " + e));
    }

    static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static List<String> ids(String json, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(json);
        while (m.find()) found.add(m.group(1));
        return new ArrayList<>(found);
    }
}
