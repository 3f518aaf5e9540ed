package com.example.sync;

/**
 * A sync that stopped: the vendor answered an error (any non-2xx, a 429 included: the sync does not retry), dropped
 * the connection, or gave an answer the sync cannot act on. Nothing is sent after the step that failed; above all, a
 * failed search never leads to a create, so a vendor outage cannot make duplicates.
 */
public final class SyncFailedException extends Exception {

    /** The step that failed. */
    public enum Step { FIND, UPDATE, CREATE }

    private final Step step;
    private final int status;

    SyncFailedException(Step step, int status, String message, Throwable cause) {
        super(step + (status > 0 ? " (" + status + ")" : "") + ": " + message, cause);
        this.step = step;
        this.status = status;
    }

    public Step step() {
        return step;
    }

    /** The vendor's HTTP status, or 0 when it sent none (a dropped connection, an answer the sync cannot use). */
    public int status() {
        return status;
    }
}
