package org.treatylaw.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.treatylaw.datasets.DatasetCatalog.ReadOnlyDatasetException;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.datasets.InvalidDatasetException;
import org.treatylaw.facts.Dataset.Fault;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Every error as RFC 9457 problem details, naming the field and the value at fault. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidDatasetException.class)
    ProblemDetail invalid(InvalidDatasetException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.faults());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", List.of(new Fault(e.field(), e.value(), e.getMessage().substring(e.field().length() + 2))));
    }

    @ExceptionHandler(UnknownIdException.class)
    ProblemDetail unknown(UnknownIdException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown id");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(ReadOnlyDatasetException.class)
    ProblemDetail readOnly(ReadOnlyDatasetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Read-only dataset");
        problem.setProperty("field", "ds");
        return problem;
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Request too large");
        return problem;
    }

    /** A body Jackson could not read: a malformed fact, an unknown type, a bad date; or one cut off for its size. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        Fault fault = e.getCause() instanceof IOException io ? DatasetFormat.fault(io)
                : new Fault("(body)", null, e.getMostSpecificCause().getMessage());
        if (e.getCause() instanceof JsonMappingException && fault.message().contains("known type ids")) {
            fault = new Fault(fault.field() + ".type", null, fault.message());
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", List.of(fault)));
    }

    static ProblemDetail problem(HttpStatus status, String title, List<Fault> faults) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, faults.stream()
                .map(f -> f.field() + (f.value() != null ? " = '" + f.value() + "'" : "") + ": " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse(title));
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", faults.stream().map(f -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("field", f.field());
            if (f.value() != null) m.put("value", f.value());
            m.put("message", f.message());
            return m;
        }).toList());
        return problem;
    }
}
