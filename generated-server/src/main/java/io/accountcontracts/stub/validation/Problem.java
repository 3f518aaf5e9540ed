package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.text.Shortened;

/**
 * One thing a request or response got wrong, as the validator reported it.
 *
 * @param rule    the validator's message key, such as {@code validation.request.body.schema.minLength}: what
 *                {@code GET /__admin/violations} groups by, since the message itself names values
 * @param message the validator's words, naming the field ({@code [Path '/data/name'] ...}), {@linkplain
 *                Shortened#text cut} to a bounded length: the validator quotes the offending value in full
 * @param parameter the name of the query or path parameter at fault, as sent; null when it is no parameter's
 */
public record Problem(String rule, String message, String parameter) {

    public Problem {
        message = Shortened.text(message);
    }

    /** A problem with no one parameter at fault: a body's, a header's, the whole request's. */
    public Problem(String rule, String message) {
        this(rule, message, null);
    }
}
