package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A schema compiled for one question: does this value certainly conform? True only when it does; false
 * means "not known to conform", and whoever asked must let the full validator decide (and word why).
 */
@FunctionalInterface
public interface Checker {

    /** What a schema compiles to when the compiler does not fully understand it: nothing is taken. */
    Checker DEFER = value -> false;

    boolean accepts(JsonNode value);
}
