package io.accountcontracts.stub.listing;

/**
 * A list request's query parameter the stub refuses, to be answered with the vendor's 400.
 *
 * <p>The message is written for the client: it starts with the parameter's name as sent and says what is wrong
 * with the value, never which class found out. Bad input is an expected outcome here, not a fault, so no stack
 * trace is taken.
 */
public final class ListParameterProblem extends RuntimeException {

    private final String parameter;

    public ListParameterProblem(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    /** The query parameter's name as the client sent it: {@code filter}, {@code sort}, {@code page[limit]}, … */
    public String parameter() {
        return parameter;
    }
}
