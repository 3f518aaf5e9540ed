package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.DelayJson;
import io.accountcontracts.stub.delay.Latency;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.programmed.RuleCheck;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /__admin/latency}: the latency every vendor answer waits, in the fields {@code next-responses} takes
 * for one answer's delay ({@code delayMs}, or {@code delay} with a distribution). It lasts until it is
 * changed, deleted, or the stub is reset, which puts back the one it was started with ({@code --latency}).
 * A refused call changes nothing.
 */
// The same root path as AdminResource, so Jersey merges them: one more root path would be one more pattern to
// try on every vendor request.
@Path(AdminResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public final class LatencyResource {

    private static final String PATH = "latency";
    private static final String EXAMPLE = "{\"delayMs\": 50} or {\"delay\": " + DelayJson.DELAY_FORMS + "}";

    private final Latency latency;
    private final ObjectMapper mapper;

    public LatencyResource(Latency latency, ObjectMapper mapper) {
        this.latency = latency;
        this.mapper = mapper;
    }

    /** {@code {"latency": "uniform:20-80ms", "delay": {...}}}, {@code {"latency": "50ms", "delayMs": 50}} or
     * {@code {"latency": "none"}}: as {@code --latency} would write it, and in the fields it was set with. */
    @GET
    @Path(PATH)
    public Map<String, Object> current() {
        return describe(latency.current());
    }

    @POST
    @Path(PATH)
    public Response set(String body) {
        Delay delay;
        try {
            delay = parse(body);
        } catch (IllegalArgumentException e) {
            // The admin API answers errors in the JSON:API shape, like Elastic Path.
            return Vendor.ELASTIC_PATH.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        latency.set(delay);
        return Response.ok(describe(delay)).build();
    }

    @DELETE
    @Path(PATH)
    public Response clear() {
        latency.set(null);
        return Response.noContent().build();
    }

    private Delay parse(String body) {
        JsonNode tree = AdminBody.object(
                mapper, body, EXAMPLE, Set.of("delayMs", "delay"), "a latency has 'delayMs' or 'delay'.");
        JsonNode fixed = tree.get("delayMs");
        JsonNode distribution = tree.get("delay");
        boolean hasFixed = fixed != null && !fixed.isNull();
        boolean hasDistribution = distribution != null && !distribution.isNull();
        if (hasFixed && hasDistribution) {
            throw new IllegalArgumentException("'delay' and 'delayMs' exclude each other: 'delayMs' is a fixed"
                    + " latency, 'delay' one drawn from a distribution; set one.");
        }
        if (hasDistribution) {
            return DelayJson.delay(distribution);
        }
        if (!hasFixed) {
            throw new IllegalArgumentException(
                    "The latency sets neither 'delayMs' nor 'delay'; send " + EXAMPLE + ", or DELETE it for none.");
        }
        if (!fixed.isIntegralNumber() || !fixed.canConvertToInt()) {
            throw new IllegalArgumentException(RuleCheck.DELAY_RANGE + " Got " + fixed + ".");
        }
        return new Delay.Fixed(fixed.intValue());
    }

    private static Map<String, Object> describe(Delay delay) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("latency", delay == null ? "none" : delay.text());
        if (delay != null) {
            shown.putAll(delay.fields());
        }
        return shown;
    }
}
