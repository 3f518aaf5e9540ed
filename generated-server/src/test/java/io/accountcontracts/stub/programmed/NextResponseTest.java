package io.accountcontracts.stub.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.validation.SpecValidators;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java builder and the checks it shares with the admin API: a rule installs once it says something,
 * each call replaces it in place, and a refused call names the problem and changes nothing.
 */
class NextResponseTest {

    private static final String VANTAGE = "updateManagedAccount";
    private static final String ELASTIC_PATH = "updateAccount";
    private static final String CONFLICT =
            "{\"errors\":[{\"status\":\"409\",\"title\":\"Conflict\",\"detail\":\"Write conflict detected\"}]}";
    private static RuleCheck check;
    // The same, taking chosen bodies of at most 64 bytes.
    private static RuleCheck small;

    private final ProgrammedResponses rules = new ProgrammedResponses();

    @BeforeAll
    static void read() {
        SpecValidators validators = new SpecValidators();
        Map<Vendor, OpenAPI> specs = new EnumMap<>(Vendor.class);
        for (Vendor vendor : Vendor.values()) {
            specs.put(vendor, validators.parsedSpec(vendor));
        }
        DocumentedResponses documented = DocumentedResponses.from(specs, JsonMapper.create());
        check = new RuleCheck(documented, validators, 1 << 20);
        small = new RuleCheck(documented, validators, 64);
    }

    @Test
    void aChosenBodyAndHeadersInstallARuleAndASecondValueReplacesTheFirst() throws Exception {
        NextResponse next = new NextResponse(rules, check, VANTAGE)
                .header("X-Rate-Limit-Limit", "10")
                .header("x-rate-limit-limit", "20")
                .header("x-rate-limit-reset", "5");

        assertEquals(
                Map.of("x-rate-limit-limit", "20", "x-rate-limit-reset", "5"),
                rules.pending().get(0).headers());
        assertEquals(200, rules.pending().get(0).status(), "a chosen header without a status: the success answer");

        next.status(404).body("{\"errors\":[\"gone\"]}");
        assertEquals(404, rules.pending().get(0).status());
        assertEquals(
                JsonMapper.create().readTree("{\"errors\":[\"gone\"]}"),
                rules.pending().get(0).body());
    }

    @Test
    void aChosenBodyGoesWithATruncatedBodyAndNoOtherFault() {
        new NextResponse(rules, check, ELASTIC_PATH).status(409).body(CONFLICT).fault(Fault.TRUNCATED_BODY);
        assertEquals(Fault.TRUNCATED_BODY, rules.pending().get(0).fault());

        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).status(409).body(CONFLICT),
                next -> next.fault(Fault.EMPTY_RESPONSE),
                "'status' and 'fault'");
        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).fault(Fault.CONNECTION_RESET),
                next -> next.body("{}"),
                "'fault' CONNECTION_RESET",
                "Only TRUNCATED_BODY");
    }

    @Test
    void aChosenAnswerNeedsAnOperationAndABoundedBody() {
        assertRefused(null, next -> next.body(CONFLICT), "need an operationId");
        assertRefused(null, next -> next.header("x-rate-limit-limit", "1"), "need an operationId");
        assertCallRefused(
                new NextResponse(rules, small, ELASTIC_PATH).status(409),
                next -> next.body(CONFLICT),
                "'body' is 83 bytes",
                "at most 64 bytes");
        assertRefused(ELASTIC_PATH, next -> next.body("{\"a\":"), "'body' is not valid JSON");
    }

    @Test
    void aMatchIsPartOfTheRuleAndAPointerIsChecked() {
        NextResponse next = new NextResponse(rules, check, ELASTIC_PATH).forId("a");
        assertTrue(rules.isEmpty(), "a match alone changes nothing");

        next.status(409).whenBody("/data/count", 2).whenBody("/data/name", "Acme");
        ProgrammedResponse rule = rules.pending().get(0);
        assertEquals("a", rule.match().id());
        assertEquals(
                List.of("/data/count", "/data/name"),
                List.copyOf(rule.match().body().keySet()));
        assertTrue(rule.matches(
                "a", JsonMapper.create().valueToTree(Map.of("data", Map.of("count", 2.0, "name", "Acme"))), n -> null));
        assertFalse(rule.matches("b", null, n -> null));
        assertCallRefused(next, n -> n.whenBody("data/name", "x"), "'data/name'", "JSON pointer");
    }

    @Test
    void nothingIsInstalledUntilTheRuleSaysSomething() {
        NextResponse next = new NextResponse(rules, check, ELASTIC_PATH).times(3);

        assertTrue(rules.isEmpty());

        next.status(409);
        assertEquals(List.of(new ProgrammedResponse(next.id(), ELASTIC_PATH, 409, 0, null, 3, false)), rules.pending());
    }

    @Test
    void eachCallReplacesTheRuleWhereItStands() {
        NextResponse first = new NextResponse(rules, check, ELASTIC_PATH).status(409);
        NextResponse second = new NextResponse(rules, check, VANTAGE).status(404);

        first.times(2).delay(Duration.ofMillis(250));

        assertEquals(
                List.of(
                        new ProgrammedResponse(first.id(), ELASTIC_PATH, 409, 250, null, 2, false),
                        new ProgrammedResponse(second.id(), VANTAGE, 404, 0, null, 1, false)),
                rules.pending());
    }

    @Test
    void aRuleUsedUpIsInstalledAgainAtTheEnd() {
        NextResponse first = new NextResponse(rules, check, ELASTIC_PATH).status(409);
        new NextResponse(rules, check, ELASTIC_PATH).status(404);
        rules.take(ELASTIC_PATH);

        first.status(400);

        assertEquals(
                List.of(404, 400),
                rules.pending().stream().map(ProgrammedResponse::status).toList());
    }

    @Test
    void persistentAndFaultAndAnyOperation() {
        NextResponse next =
                new NextResponse(rules, check, null).fault(Fault.EMPTY_RESPONSE).persistent();

        assertEquals(
                List.of(new ProgrammedResponse(next.id(), null, null, 0, Fault.EMPTY_RESPONSE, 0, true)),
                rules.pending());
    }

    @Test
    void aDistributionReplacesAFixedDelayAndAFixedDelayReplacesADistribution() {
        NextResponse next = new NextResponse(rules, check, ELASTIC_PATH).delay(Duration.ofMillis(30));
        Delay uniform = Delay.uniform(Duration.ofMillis(20), Duration.ofMillis(80));

        next.delay(uniform).dribble(4, Duration.ofMillis(200));
        assertEquals(
                List.of(new ProgrammedResponse(
                        next.id(), ELASTIC_PATH, null, 0, uniform, new Dribble(4, 200), null, 1, false)),
                rules.pending());

        next.delay(Delay.fixed(Duration.ofMillis(40)));
        assertEquals(
                List.of(new ProgrammedResponse(
                        next.id(), ELASTIC_PATH, null, 40, null, new Dribble(4, 200), null, 1, false)),
                rules.pending());
    }

    @Test
    void aDribbleAloneIsARuleAndCombinesWithAStatus() {
        NextResponse next = new NextResponse(rules, check, VANTAGE).dribble(3, Duration.ofSeconds(1));
        assertEquals(1, rules.pending().size());

        next.status(500);
        assertEquals(
                List.of(new ProgrammedResponse(next.id(), VANTAGE, 500, 0, null, new Dribble(3, 1000), null, 1, false)),
                rules.pending());
    }

    @Test
    void delayAndDribbleRefusals() {
        assertRefused(
                ELASTIC_PATH,
                next -> next.delay(Delay.uniform(Duration.ofMillis(9), Duration.ofMillis(1))),
                "'delay.uniform.minMs' (9) must not be above 'delay.uniform.maxMs' (1)");
        assertRefused(ELASTIC_PATH, next -> next.dribble(0, Duration.ofSeconds(1)), "'dribble.chunks'", "from 1");
        assertRefused(ELASTIC_PATH, next -> next.dribble(2, Duration.ofMinutes(11)), "'dribble.durationMs'", "600000");
        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).fault(Fault.EMPTY_RESPONSE),
                next -> next.dribble(2, Duration.ofSeconds(1)),
                "'dribble' and 'fault' exclude each other");
        // The admin API can send both fields at once; the Java API replaces one with the other.
        String both = assertThrows(
                        IllegalArgumentException.class,
                        () -> check.rule(
                                1,
                                ELASTIC_PATH,
                                null,
                                50L,
                                Delay.uniform(Duration.ofMillis(1), Duration.ofMillis(2)),
                                null,
                                null,
                                null,
                                false))
                .getMessage();
        assertTrue(both.contains("'delay' and 'delayMs' exclude each other"), both);
    }

    @Test
    void anUnknownOperationIsRefusedNamingTheKnownOnes() {
        String message = assertThrows(
                        IllegalArgumentException.class, () -> new NextResponse(rules, check, "patchAccount"))
                .getMessage();

        assertTrue(
                message.contains("patchAccount") && message.contains(VANTAGE) && message.contains(ELASTIC_PATH),
                message);
    }

    @Test
    void anUndocumentedStatusIsRefusedNamingTheDocumentedOnes() {
        assertRefused(VANTAGE, next -> next.status(409), "409", "200, 400, 401, 404, 406, 413, 415, 429 and 500");
        assertRefused(ELASTIC_PATH, next -> next.status(302), "302", "default (any other 4xx or 5xx status)");
        // A rule for any operation must answer with a status each of them documents.
        assertRefused(null, next -> next.status(409), "409", "every operation");
    }

    @Test
    void onlyATruncatedBodyGoesWithAStatus() {
        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).status(409),
                next -> next.fault(Fault.CONNECTION_RESET),
                "'status' and 'fault' CONNECTION_RESET",
                "Only TRUNCATED_BODY");
        rules.clear();
        NextResponse truncated =
                new NextResponse(rules, check, ELASTIC_PATH).status(409).fault(Fault.TRUNCATED_BODY);
        assertEquals(
                List.of(new ProgrammedResponse(truncated.id(), ELASTIC_PATH, 409, 0, Fault.TRUNCATED_BODY, 1, false)),
                rules.pending());
    }

    @Test
    void otherRefusals() {
        assertRefused(ELASTIC_PATH, next -> next.times(0), "'count'", "from 1");
        assertRefused(ELASTIC_PATH, next -> next.delay(Duration.ofMillis(-1)), "'delayMs'", "from 0 to 600000");
        assertRefused(ELASTIC_PATH, next -> next.delay(Duration.ofMinutes(11)), "'delayMs'", "600000");
        assertRefused(ELASTIC_PATH, next -> next.delay(Duration.ofSeconds(Long.MAX_VALUE)), "'delayMs'", "600000");
        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).status(409),
                next -> next.fault(Fault.EMPTY_RESPONSE),
                "'status' and 'fault'",
                "exclude");
        assertCallRefused(
                new NextResponse(rules, check, ELASTIC_PATH).times(2),
                NextResponse::persistent,
                "'count' and 'persistent'",
                "exclude");
    }

    @Test
    void aRefusedCallChangesNothing() {
        NextResponse next =
                new NextResponse(rules, check, ELASTIC_PATH).status(409).times(2);
        List<ProgrammedResponse> before = rules.pending();

        assertThrows(IllegalArgumentException.class, () -> next.status(302));
        assertThrows(IllegalArgumentException.class, () -> next.fault(Fault.CONNECTION_RESET));
        assertThrows(IllegalArgumentException.class, () -> next.fault(Fault.EMPTY_RESPONSE));
        assertThrows(IllegalArgumentException.class, () -> next.persistent());
        assertEquals(before, rules.pending());

        next.delay(Duration.ofMillis(5));
        assertEquals(
                List.of(new ProgrammedResponse(next.id(), ELASTIC_PATH, 409, 5, null, 2, false)),
                rules.pending(),
                "the refused calls left no trace in the builder either");
    }

    private void assertRefused(String operation, Consumer<NextResponse> call, String... fragments) {
        assertCallRefused(new NextResponse(rules, check, operation), call, fragments);
    }

    private void assertCallRefused(NextResponse next, Consumer<NextResponse> call, String... fragments) {
        List<ProgrammedResponse> before = rules.pending();
        String message = assertThrows(IllegalArgumentException.class, () -> call.accept(next))
                .getMessage();
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "'" + fragment + "' is not in: " + message);
        }
        assertEquals(before, rules.pending());
    }
}
