package org.treatylaw.datasets;

import org.treatylaw.facts.Dataset.Fault;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset, or facts sent with a question, that cannot be accepted: every fault, each naming its field. */
public class InvalidDatasetException extends RuntimeException {

    private final List<Fault> faults;

    public InvalidDatasetException(List<Fault> faults) {
        super(faults.stream().map(f -> f.field() + " = " + f.value() + ": " + f.message()).collect(Collectors.joining("; ")));
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
