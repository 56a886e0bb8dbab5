package org.treatylaw.api;

import java.io.IOException;

/** A request body beyond the limit: 413. An IOException so that it can surface from the body's stream. */
class RequestTooLargeException extends IOException {

    RequestTooLargeException(long limit) {
        super("the request body exceeds the limit of " + limit + " bytes");
    }
}
