package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.text.Shortened;

/**
 * One thing a request or response got wrong, as the validator reported it.
 *
 * @param rule    the validator's message key, such as {@code validation.request.body.schema.minLength}: what
 *                {@code GET /__admin/violations} groups by, since the message itself names values
 * @param message the validator's words, naming the field ({@code [Path '/data/name'] ...}), {@linkplain
 *                Shortened#text cut} to a bounded length: the validator quotes the offending value in full
 */
public record Problem(String rule, String message) {

    public Problem {
        message = Shortened.text(message);
    }
}
