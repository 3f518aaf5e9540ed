package io.accountcontracts.stub.delay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the admin API's {@code delay} and {@code dribble} fields, naming the field in every refusal:
 * {@code "delay": {"uniform": {"minMs": 20, "maxMs": 80}}}, {@code "delay": {"lognormal": {"medianMs": 80,
 * "sigma": 0.4, "maxMs": 2000}}} ({@code maxMs} optional), {@code "dribble": {"chunks": 5, "durationMs": 1000}}.
 */
public final class DelayJson {

    public static final String DELAY_FORMS =
            "{\"uniform\": {\"minMs\": 20, \"maxMs\": 80}} or {\"lognormal\": {\"medianMs\": 80, \"sigma\": 0.4}}";
    public static final String DRIBBLE_FORM = "{\"chunks\": 5, \"durationMs\": 1000}";

    private DelayJson() {}

    /** A distribution from the {@code delay} field. */
    public static Delay delay(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            throw new IllegalArgumentException(
                    "'delay' must be an object with one distribution, " + DELAY_FORMS + "; got " + value + ".");
        }
        if (value.has("uniform")) {
            JsonNode uniform = object(value.get("uniform"), "delay.uniform", List.of("minMs", "maxMs"));
            return new Delay.Uniform(
                    millis(uniform, "delay.uniform", "minMs", true), millis(uniform, "delay.uniform", "maxMs", true));
        }
        if (value.has("lognormal")) {
            JsonNode lognormal =
                    object(value.get("lognormal"), "delay.lognormal", List.of("medianMs", "sigma", "maxMs"));
            JsonNode sigma = lognormal.get("sigma");
            if (sigma == null || sigma.isNull()) {
                throw new IllegalArgumentException(
                        "'delay.lognormal.sigma' is missing; for example " + DELAY_FORMS + ".");
            }
            if (!sigma.isNumber()) {
                throw new IllegalArgumentException(
                        "'delay.lognormal.sigma' must be a number above 0 (0.1 to 1 is usual); got " + sigma + ".");
            }
            Integer cap = millis(lognormal, "delay.lognormal", "maxMs", false);
            return new Delay.LogNormal(
                    millis(lognormal, "delay.lognormal", "medianMs", true),
                    sigma.doubleValue(),
                    cap == null ? Delay.MAX_MS : cap);
        }
        String name = value.fieldNames().next();
        throw new IllegalArgumentException(
                "'delay." + name + "' is not a distribution this stub knows; it knows " + DELAY_FORMS + ".");
    }

    /** A dribble from the {@code dribble} field. */
    public static Dribble dribble(JsonNode value) {
        JsonNode dribble = object(value, "dribble", List.of("chunks", "durationMs"));
        JsonNode chunks = dribble.get("chunks");
        if (chunks == null || chunks.isNull()) {
            throw new IllegalArgumentException("'dribble.chunks' is missing; for example " + DRIBBLE_FORM + ".");
        }
        if (!chunks.isIntegralNumber() || !chunks.canConvertToInt()) {
            throw new IllegalArgumentException(Dribble.chunksRange() + " Got " + chunks + ".");
        }
        return new Dribble(chunks.intValue(), millis(dribble, "dribble", "durationMs", true));
    }

    private static JsonNode object(JsonNode value, String field, List<String> names) {
        if (!value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object with "
                    + String.join(
                            " and ", names.stream().map(n -> "'" + n + "'").toList()) + "; got " + value
                    + ".");
        }
        Set<String> known = Set.copyOf(names);
        for (Iterator<String> fields = value.fieldNames(); fields.hasNext(); ) {
            String name = fields.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("'" + field + "." + name + "' is not known; '" + field + "' has "
                        + String.join(
                                " and ", names.stream().map(n -> "'" + n + "'").toList()) + ".");
            }
        }
        return value;
    }

    private static Integer millis(JsonNode object, String parent, String name, boolean required) {
        String field = parent + "." + name;
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + field + "' is missing. " + DelayChecks.millisRange(field));
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(DelayChecks.millisRange(field) + " Got " + value + ".");
        }
        return value.intValue();
    }
}
