package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.ratelimit.RateLimiter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /__admin/rate-limits}: arm a vendor's rate limit, list the armed ones, disarm them all. The body is
 * read here, not bound by Jersey, so that every mistake gets a message naming the field; a refused call
 * changes nothing.
 */
// The same root path as AdminResource, so Jersey merges them (see NextResponsesResource).
@Path(AdminResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public final class RateLimitsResource {

    private static final String PATH = "rate-limits";
    private static final List<String> FIELDS = List.of("vendor", "limit", "windowMs");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final String EXAMPLE = "{\"vendor\":\"vantage\",\"limit\":3,\"windowMs\":60000}";

    /** An armed limit as the admin API shows it. */
    @JsonPropertyOrder({"vendor", "limit", "windowMs", "countedPer"})
    public record View(
            @JsonProperty("vendor") String vendor,
            @JsonProperty("limit") int limit,
            @JsonProperty("windowMs") long windowMs,
            @JsonProperty("countedPer") String countedPer) {

        static View of(RateLimit limit) {
            return new View(
                    limit.vendor().realm(), limit.limit(), limit.window().toMillis(), limit.countedPer());
        }
    }

    private final RateLimiter limiter;
    private final ObjectMapper mapper;

    public RateLimitsResource(RateLimiter limiter, ObjectMapper mapper) {
        this.limiter = limiter;
        this.mapper = mapper;
    }

    @POST
    @Path(PATH)
    public Response arm(String body) {
        RateLimit limit;
        try {
            limit = parse(body);
            limiter.arm(limit);
        } catch (IllegalArgumentException e) {
            // The admin API answers errors in the JSON:API shape, like Elastic Path.
            return Vendor.ELASTIC_PATH.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        return Response.status(Response.Status.CREATED).entity(View.of(limit)).build();
    }

    @GET
    @Path(PATH)
    public Map<String, List<View>> armed() {
        return Map.of("rateLimits", limiter.limits().stream().map(View::of).toList());
    }

    @DELETE
    @Path(PATH)
    public Response clear() {
        limiter.clear();
        return Response.noContent().build();
    }

    private RateLimit parse(String body) {
        JsonNode tree = AdminBody.object(mapper, body, EXAMPLE, KNOWN, "a rate limit has vendor, limit and windowMs.");
        JsonNode vendorField = required(tree, "vendor");
        if (!vendorField.isTextual()) {
            throw new IllegalArgumentException("'vendor' must be a string, " + RateLimit.vendorNames() + ".");
        }
        Vendor vendor;
        try {
            vendor = RateLimit.vendor(vendorField.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'vendor': " + e.getMessage() + ".");
        }
        long limit = whole(tree, "limit", RateLimit.LIMIT_RANGE, 1, Integer.MAX_VALUE);
        long windowMs = whole(
                tree,
                "windowMs",
                "a whole number of milliseconds from 1 to " + RateLimit.MAX_WINDOW.toMillis() + " (a day)",
                1,
                RateLimit.MAX_WINDOW.toMillis());
        try {
            return new RateLimit(vendor, (int) limit, Duration.ofMillis(windowMs));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ".");
        }
    }

    private static JsonNode required(JsonNode tree, String name) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + name + "' is required; for example " + EXAMPLE + ".");
        }
        return value;
    }

    private static long whole(JsonNode tree, String name, String range, long min, long max) {
        JsonNode value = required(tree, name);
        if (!value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.longValue() < min
                || value.longValue() > max) {
            throw new IllegalArgumentException("'" + name + "' must be " + range + "; got " + value + ".");
        }
        return value.longValue();
    }
}
