package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.DelayJson;
import io.accountcontracts.stub.delay.Dribble;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.matching.RequestMatch;
import io.accountcontracts.stub.programmed.Fault;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import io.accountcontracts.stub.programmed.ProgrammedResponses;
import io.accountcontracts.stub.programmed.RuleCheck;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /__admin/next-responses}: program the answers to the next requests, or to those matching an id, body
 * values or headers (a documented status, a chosen body and headers, a delay, fixed or drawn from a
 * distribution, a dribbled body, a dropped connection), list what is pending, clear it. The body is read here,
 * not bound by Jersey, so
 * that every mistake gets a message naming the field; a refused call changes nothing.
 */
// The same root path as AdminResource, so Jersey merges the two: one more root path would be one more
// pattern to try on every vendor request.
@Path(AdminResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public final class NextResponsesResource {

    private static final String PATH = "next-responses";

    private static final List<String> FIELDS = List.of(
            "operationId",
            "match",
            "status",
            "body",
            "headers",
            "count",
            "delayMs",
            "delay",
            "dribble",
            "fault",
            "persistent");
    private static final List<String> MATCH_FIELDS = List.of("id", "body", "headers");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final String EXAMPLE = "{\"operationId\":\"updateAccount\",\"status\":409,\"count\":1}";

    private final ProgrammedResponses rules;
    private final RuleCheck check;
    private final ObjectMapper mapper;

    public NextResponsesResource(ProgrammedResponses rules, RuleCheck check, ObjectMapper mapper) {
        this.rules = rules;
        this.check = check;
        this.mapper = mapper;
    }

    @POST
    @Path(PATH)
    public Response install(String body) {
        ProgrammedResponse rule;
        try {
            rule = parse(body);
        } catch (IllegalArgumentException e) {
            // The admin API answers errors in the JSON:API shape, like Elastic Path.
            return Vendor.ELASTIC_PATH.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        rules.install(rule);
        return Response.status(Response.Status.CREATED).entity(rule).build();
    }

    @GET
    @Path(PATH)
    public Map<String, List<ProgrammedResponse>> pending() {
        return Map.of("nextResponses", rules.pending());
    }

    @DELETE
    @Path(PATH)
    public Response clear() {
        rules.clear();
        return Response.noContent().build();
    }

    private ProgrammedResponse parse(String body) {
        JsonNode tree = AdminBody.object(
                mapper,
                body,
                EXAMPLE,
                KNOWN,
                "a rule has " + String.join(", ", FIELDS.subList(0, FIELDS.size() - 1)) + " and "
                        + FIELDS.get(FIELDS.size() - 1) + ".");
        String operationId = text(tree, "operationId");
        Integer status = status(tree);
        Long count = whole(tree, "count", RuleCheck.COUNT_RANGE);
        Long delayMs = whole(tree, "delayMs", RuleCheck.DELAY_RANGE);
        Delay delay = field(tree, "delay") == null ? null : DelayJson.delay(field(tree, "delay"));
        Dribble dribble = field(tree, "dribble") == null ? null : DelayJson.dribble(field(tree, "dribble"));
        Fault fault = fault(tree);
        boolean persistent = persistent(tree);
        RequestMatch match = match(tree);
        // The field's value is the body, whatever JSON it is: a string there is a body that is a string.
        JsonNode chosenBody = field(tree, "body");
        Map<String, String> headers = strings(field(tree, "headers"), "headers");
        if (RuleCheck.changesNothing(status, delayMs, delay, dribble, fault, chosenBody, headers)) {
            throw new IllegalArgumentException("The rule sets none of 'status', 'body', 'headers', 'delayMs',"
                    + " 'delay', 'dribble' and 'fault', so it would change nothing; for example " + EXAMPLE + ".");
        }
        return check.rule(
                rules.nextId(),
                operationId,
                status,
                delayMs,
                delay,
                dribble,
                fault,
                count,
                persistent,
                match,
                chosenBody,
                headers);
    }

    private static RequestMatch match(JsonNode tree) {
        JsonNode match = field(tree, "match");
        if (match == null) {
            return RequestMatch.any();
        }
        if (!match.isObject()) {
            throw new IllegalArgumentException("'match' must be an object such as"
                    + " {\"id\":\"acct_1\",\"body\":{\"/data/name\":\"Acme\"},\"headers\":{\"X-Request-Id\":\"r1\"}}.");
        }
        for (Iterator<String> names = match.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MATCH_FIELDS.contains(name)) {
                throw new IllegalArgumentException(
                        "'match." + name + "' is not known; a match has id, body and" + " headers.");
            }
        }
        JsonNode idValue = field(match, "id");
        String id = idValue == null ? null : idValue.asText();
        if (idValue != null && (!idValue.isTextual() || id.isEmpty())) {
            throw new IllegalArgumentException("'match.id' must be a path id, a non-empty string.");
        }
        RequestMatch built = RequestMatch.any().withId(id);
        JsonNode body = field(match, "body");
        if (body != null) {
            if (!body.isObject()) {
                throw new IllegalArgumentException("'match.body' must be an object of JSON pointers to the values"
                        + " the request body must hold there, such as {\"/data/name\":\"Acme\"}.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> values = body.fields(); values.hasNext(); ) {
                Map.Entry<String, JsonNode> value = values.next();
                try {
                    built = built.withBody(value.getKey(), value.getValue());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'match.body': " + e.getMessage());
                }
            }
        }
        for (Map.Entry<String, String> header :
                strings(field(match, "headers"), "match.headers").entrySet()) {
            built = built.withHeader(header.getKey(), header.getValue());
        }
        return built;
    }

    // An object of names to strings, in the order sent.
    private static Map<String, String> strings(JsonNode object, String name) {
        if (object == null) {
            return Map.of();
        }
        if (!object.isObject()) {
            throw new IllegalArgumentException("'" + name + "' must be an object of header names to values,"
                    + " such as {\"x-rate-limit-remaining\":\"0\"}.");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> values = object.fields(); values.hasNext(); ) {
            Map.Entry<String, JsonNode> value = values.next();
            if (!value.getValue().isTextual()) {
                throw new IllegalArgumentException("'" + name + "': the value of '" + value.getKey()
                        + "' must be a string, as a header's value is; got " + value.getValue() + ".");
            }
            strings.put(value.getKey(), value.getValue().asText());
        }
        return strings;
    }

    // A field sent as null counts as not sent, as a client serialising an unset field would mean it.
    private static JsonNode field(JsonNode tree, String name) {
        JsonNode value = tree.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static String text(JsonNode tree, String name) {
        JsonNode value = field(tree, name);
        if (value != null && !value.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' must be a string.");
        }
        return value == null ? null : value.asText();
    }

    private static Integer status(JsonNode tree) {
        JsonNode value = field(tree, "status");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(
                    "'status' must be a whole number, a status the operation documents;" + " got " + value + ".");
        }
        // Whether the operation documents it is for the rule check to say, naming what it does document.
        return value.canConvertToInt() ? value.intValue() : -1;
    }

    private static Long whole(JsonNode tree, String name, String range) {
        JsonNode value = field(tree, name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(range + " Got " + value + ".");
        }
        // Out of a long's range is out of any range here: stand in a value every check refuses.
        return value.canConvertToLong() ? value.longValue() : Long.MAX_VALUE;
    }

    private static Fault fault(JsonNode tree) {
        String name = text(tree, "fault");
        if (name == null) {
            return null;
        }
        for (Fault fault : Fault.values()) {
            if (fault.name().equals(name)) {
                return fault;
            }
        }
        throw new IllegalArgumentException(
                "'fault': '" + name + "' is not a fault this stub knows; " + RuleCheck.SUPPORTED_FAULT + ".");
    }

    private static boolean persistent(JsonNode tree) {
        JsonNode value = field(tree, "persistent");
        if (value != null && !value.isBoolean()) {
            throw new IllegalArgumentException("'persistent' must be true or false; got " + value + ".");
        }
        return value != null && value.booleanValue();
    }
}
