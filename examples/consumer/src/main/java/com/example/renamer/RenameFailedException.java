package com.example.renamer;

import java.util.List;

/** Why a rename did not happen, in the terms the service's callers care about. */
public final class RenameFailedException extends Exception {

    public enum Reason {
        /** The vendor has no account with that id (404). */
        NOT_FOUND,
        /** The change clashes with another account, such as a registration id in use (409). */
        CONFLICT,
        /** The vendor did not accept our credentials (401). */
        UNAUTHORIZED,
        /** The vendor kept answering 429 (over its rate limit), however long we waited between attempts. */
        RATE_LIMITED,
        /** The vendor refused the request itself (another 4xx): a bug on our side, or bad input. */
        REJECTED,
        /** The vendor kept failing (5xx after every retry) or dropped the connection. */
        UNAVAILABLE,
        /** The vendor did not answer in time. */
        TIMED_OUT
    }

    private final Reason reason;
    private final int status;
    private final List<String> vendorMessages;

    RenameFailedException(Reason reason, int status, List<String> vendorMessages, Throwable cause) {
        super(reason + (status > 0 ? " (" + status + ")" : "") + (vendorMessages.isEmpty() ? "" : ": "
                + String.join("; ", vendorMessages)), cause);
        this.reason = reason;
        this.status = status;
        this.vendorMessages = List.copyOf(vendorMessages);
    }

    public Reason reason() {
        return reason;
    }

    /** The vendor's HTTP status, or 0 when it sent none. */
    public int status() {
        return status;
    }

    /** What the vendor's error body said, one entry per error. */
    public List<String> vendorMessages() {
        return vendorMessages;
    }
}
