package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Request;
import java.util.Optional;

/**
 * A request method as the validator names it. A caller may send any token as a method ({@code FOO},
 * {@code PROPFIND}), and methods are case-sensitive (RFC 9110, 9.1): {@code put} is not {@code PUT}, and
 * must not be checked, or answered, as if it were.
 */
public final class Methods {

    private Methods() {}

    /** The validator's method of that exact name; empty for any other (no operation of a spec has one). */
    public static Optional<Request.Method> of(String method) {
        for (Request.Method known : Request.Method.values()) {
            if (known.name().equals(method)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
