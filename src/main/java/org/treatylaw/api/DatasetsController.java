package org.treatylaw.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.treatylaw.datasets.DatasetCatalog;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.datasets.InvalidDatasetException;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Dataset.Fault;
import org.treatylaw.facts.Fact;
import org.treatylaw.status.Evaluation;
import org.treatylaw.status.StatusReport;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The contract's calls on datasets: list, facts, status as of a day, timeline, what-if; upload and removal. */
@RestController
@RequestMapping("/api/datasets")
class DatasetsController {

    private final DatasetCatalog catalog;
    private final DatasetFormat format;
    private final Evaluation evaluation;

    DatasetsController(DatasetCatalog catalog, DatasetFormat format, Evaluation evaluation) {
        this.catalog = catalog;
        this.format = format;
        this.evaluation = evaluation;
    }

    record DatasetSummary(String id, String title, boolean readOnly) {
    }

    @GetMapping
    List<DatasetSummary> datasets() {
        return catalog.all().stream().map(d -> new DatasetSummary(d.id(), d.title(), catalog.isBundled(d.id()))).toList();
    }

    @GetMapping("/{ds}")
    Dataset dataset(@PathVariable String ds) {
        return find(ds);
    }

    @GetMapping("/{ds}/facts")
    List<Fact> facts(@PathVariable String ds) {
        return find(ds).facts();
    }

    /** {@code subject} (repeated, or ids separated by commas) reports only on those instruments and organizations. */
    @GetMapping("/{ds}/status")
    StatusReport status(@PathVariable String ds, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) List<String> subject) {
        Dataset dataset = find(ds);
        if (subject == null || subject.isEmpty()) {
            return evaluation.status(dataset, day("asOf", asOf));
        }
        for (String id : subject) {
            if (dataset.instrument(id).isEmpty() && dataset.organization(id).isEmpty()) {
                throw new UnknownIdException("subject", id, "instrument or organization of dataset '" + ds + "'");
            }
        }
        return evaluation.status(dataset, day("asOf", asOf), subject);
    }

    @GetMapping("/{ds}/timeline")
    List<TimelineEntry> timeline(@PathVariable String ds, @RequestParam(required = false) String subject,
                                 @RequestParam(defaultValue = "false") boolean explain) {
        Dataset dataset = find(ds);
        if (subject == null) {
            return evaluation.history(dataset).all().stream().map(i -> TimelineEntry.of(i, explain)).toList();
        }
        if (!dataset.knows(subject)) {
            throw new UnknownIdException("subject", subject, "instrument, organization, organ or state of dataset '" + ds + "'");
        }
        return evaluation.timeline(dataset, subject).stream().map(i -> TimelineEntry.of(i, explain)).toList();
    }

    /** {@code reports=touched} reports only on the instruments and organizations the facts can change. */
    @PostMapping("/{ds}/what-if")
    Evaluation.WhatIf whatIf(@PathVariable String ds, @RequestParam(defaultValue = "full") String reports,
                             @RequestBody WhatIfRequest request) {
        Evaluation.Reports scope = switch (reports) {
            case "full" -> Evaluation.Reports.FULL;
            case "touched" -> Evaluation.Reports.TOUCHED;
            default -> throw new BadParameterException("reports", reports, "'" + reports + "' is not a kind of report: write full or touched");
        };
        return evaluation.whatIf(find(ds), day("asOf", request.asOf()), request.add(), request.remove(), scope);
    }

    /** The timeline of a subject in a what-if scenario: the dataset plus and minus the facts of the body. */
    @PostMapping("/{ds}/what-if/timeline")
    List<TimelineEntry> whatIfTimeline(@PathVariable String ds, @RequestParam String subject,
                                       @RequestParam(defaultValue = "false") boolean explain, @RequestBody WhatIfRequest request) {
        Dataset dataset = find(ds);
        if (!dataset.knows(subject)) {
            throw new UnknownIdException("subject", subject, "instrument, organization, organ or state of dataset '" + ds + "'");
        }
        return evaluation.timeline(dataset, subject, request.add(), request.remove()).stream().map(i -> TimelineEntry.of(i, explain)).toList();
    }

    /** Stores an analyst's dataset (JSON or YAML) under the id of the path, after checking it whole. */
    @PutMapping(value = "/{ds}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<DatasetSummary> upload(@PathVariable String ds, @RequestBody byte[] body) {
        Dataset dataset = format.readValid(new ByteArrayInputStream(body));
        if (!dataset.id().equals(ds)) {
            throw new InvalidDatasetException(List.of(new Fault("id", dataset.id(), "the dataset's id must be the id of the path ('" + ds + "')")));
        }
        boolean existed = catalog.find(ds).isPresent();
        catalog.store(dataset);
        evaluation.forget(ds);
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(new DatasetSummary(ds, dataset.title(), false));
    }

    @DeleteMapping("/{ds}")
    ResponseEntity<Void> delete(@PathVariable String ds) {
        if (!catalog.isBundled(ds) && catalog.find(ds).isEmpty()) {
            throw new UnknownIdException("ds", ds, "dataset");
        }
        catalog.delete(ds);
        evaluation.forget(ds);
        return ResponseEntity.noContent().build();
    }

    private Dataset find(String ds) {
        return catalog.find(ds).orElseThrow(() -> new UnknownIdException("ds", ds, "dataset"));
    }

    /** A day (today when none is given): {@code 2002-03-01}. */
    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, value, "'" + value + "' is not a day: write it as YYYY-MM-DD, e.g. 2002-03-01");
        }
    }
}
