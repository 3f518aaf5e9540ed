package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code type: integer}: an integer token only. {@code 1.0} and {@code 1e2} are numbers to the full
 * validator, not integers, and are refused there; here they are not taken either. Then the range of
 * {@code format: int32} or {@code int64}, and {@code minimum}.
 *
 * @param bounded whether the schema has a {@code minimum}
 * @param bits 32 or 64 for those formats; 0 for none
 */
record IntegerChecker(boolean bounded, long minimum, int bits) implements Checker {

    @Override
    public boolean accepts(JsonNode value) {
        if (!value.isIntegralNumber()) {
            return false;
        }
        if (bits == 32 && !value.canConvertToInt() || bits == 64 && !value.canConvertToLong()) {
            return false;
        }
        if (!bounded) {
            return true;
        }
        // Past the long range only the sign matters against a long minimum.
        return value.canConvertToLong()
                ? value.longValue() >= minimum
                : value.bigIntegerValue().signum() > 0;
    }
}
