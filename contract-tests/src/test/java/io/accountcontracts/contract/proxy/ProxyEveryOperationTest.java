package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.json;
import static io.accountcontracts.contract.proxy.Proxies.send;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.proxy.ProxyRecordingTest.InMemoryRecorder;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy has no special case for the update: a strict proxy with a recorder carries each vendor's create, read,
 * list and delete to the upstream, validates each request and answer against its own operation, journals it under
 * that operation, and records it; a create the contract refuses never leaves.
 */
class ProxyEveryOperationTest {

    private static final String BEARER = "Bearer " + VENDOR_TOKEN;

    private static StubServer upstream;

    @BeforeAll
    static void start() {
        upstream = Proxies.upstreamStub();
    }

    @AfterAll
    static void stop() {
        upstream.close();
    }

    @BeforeEach
    void reset() {
        upstream.reset();
    }

    @Test
    void aManagedAccountsWholeLifeGoesThroughTheProxyValidatedJournaledAndRecorded() {
        String create = "{\"name\":\"proxied-life\",\"contact_email\":\"ops@acme.example\"}";
        lifeThroughTheProxy(
                Vendor.VANTAGE,
                "/v2/managed_accounts",
                create,
                "?page=1&limit=2",
                List.of(
                        "createManagedAccount",
                        "getManagedAccount",
                        "listManagedAccounts",
                        "deleteManagedAccount",
                        "getManagedAccount"));
    }

    @Test
    void anAccountsWholeLifeGoesThroughTheProxyValidatedJournaledAndRecorded() {
        String create = "{\"data\":{\"type\":\"account\",\"name\":\"proxied-life\"}}";
        lifeThroughTheProxy(
                Vendor.ELASTIC_PATH,
                "/v2/accounts",
                create,
                "?filter=eq(name,proxied-life)&page%5Blimit%5D=10",
                List.of("createAccount", "getAccount", "listAccounts", "deleteAccount", "getAccount"));
    }

    @Test
    void aCreateTheContractRefusesNeverReachesTheUpstreamAndIsNotRecorded() {
        InMemoryRecorder recorder = new InMemoryRecorder();
        HttpResponse<byte[]> refused;
        try (StubServer proxy =
                Proxies.proxy(Proxies.strict(Vendor.VANTAGE, upstream.baseUri()).withRecorder(recorder))) {
            refused = send(
                    proxy.baseUri(),
                    "POST",
                    "/v2/managed_accounts",
                    "{\"name\":\"no email\"}",
                    "Authorization",
                    BEARER);
            JsonNode atProxy = Proxies.only(journal(proxy, PROXY_TOKEN));
            assertEquals("createManagedAccount", atProxy.get("operationId").asText());
            assertEquals("invalid", atProxy.get("verdict").asText());
        }

        assertEquals(400, refused.statusCode(), text(refused));
        assertEquals(1, json(refused).get("errors").size(), text(refused));
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "nothing was forwarded");
        assertEquals(List.of(), recorder.exchanges);
        assertEquals(
                List.of(),
                upstream.stores().managedAccounts().all().stream()
                        .filter(a -> a.path("name").asText().equals("no email"))
                        .toList(),
                "nothing was created upstream");
    }

    /** Create, read, list (with the given query), delete, then read again, all through a strict proxy. */
    private static void lifeThroughTheProxy(
            Vendor vendor, String collection, String create, String listQuery, List<String> operations) {
        InMemoryRecorder recorder = new InMemoryRecorder();
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        List<JsonNode> atProxy;
        String id;
        try (StubServer proxy =
                Proxies.proxy(Proxies.strict(vendor, upstream.baseUri()).withRecorder(recorder))) {
            URI base = proxy.baseUri();
            answers.add(send(base, "POST", collection, create, "Authorization", BEARER));
            id = account(vendor, json(answers.get(0))).path(idField(vendor)).asText();
            String item = collection + "/" + id;
            answers.add(send(base, "GET", item, null, "Authorization", BEARER));
            answers.add(send(base, "GET", collection + listQuery, null, "Authorization", BEARER));
            answers.add(send(base, "DELETE", item, null, "Authorization", BEARER));
            answers.add(send(base, "GET", item, null, "Authorization", BEARER));
            atProxy = journal(proxy, PROXY_TOKEN); // oldest first
        }

        List<Integer> statuses = List.of(201, 200, 200, 204, 404);
        assertEquals(
                statuses,
                answers.stream().map(HttpResponse::statusCode).toList(),
                answers.stream().map(Proxies::text).toList().toString());
        assertEquals(
                "proxied-life",
                account(vendor, json(answers.get(1))).path("name").asText(),
                "the read shows what was created");
        JsonNode listed = json(answers.get(2));
        JsonNode listedAccounts = listed.path(vendor == Vendor.VANTAGE ? "managed_accounts" : "data");
        assertEquals(
                1,
                StreamSupport.stream(listedAccounts.spliterator(), false)
                        .filter(listedAccount ->
                                id.equals(listedAccount.path(idField(vendor)).asText()))
                        .count(),
                "the list shows the created one: " + listed);

        // The proxy journaled each under its own operation, both directions held to the contract.
        assertEquals(
                operations,
                atProxy.stream().map(e -> e.get("operationId").asText()).toList());
        for (int i = 0; i < atProxy.size(); i++) {
            JsonNode entry = atProxy.get(i);
            assertEquals("proxied", entry.get("mode").asText(), entry.toString());
            assertEquals("valid", entry.get("verdict").asText(), entry.toString());
            assertEquals("valid", entry.get("response_verdict").asText(), entry.toString());
            assertEquals(statuses.get(i), entry.get("upstream_status").asInt(), entry.toString());
        }
        // The upstream saw the same calls, with the same methods and paths.
        List<JsonNode> atUpstream = journal(upstream, VENDOR_TOKEN);
        assertEquals(
                atProxy.stream()
                        .map(e -> e.get("method").asText() + " " + e.get("path").asText())
                        .toList(),
                atUpstream.stream()
                        .map(e -> e.get("method").asText() + " " + e.get("path").asText())
                        .toList());
        assertEquals(
                List.of("POST", "GET", "GET", "DELETE", "GET"),
                atUpstream.stream().map(e -> e.get("method").asText()).toList());

        // The recorder holds each exchange as the upstream answered it.
        assertEquals(5, recorder.exchanges.size());
        for (int i = 0; i < 5; i++) {
            ProxiedExchange exchange = recorder.exchanges.get(i);
            assertEquals(vendor, exchange.vendor());
            assertEquals(atUpstream.get(i).get("method").asText(), exchange.method());
            assertEquals(statuses.get(i), exchange.status());
            assertArrayEquals(answers.get(i).body(), exchange.responseBody());
        }
        assertEquals(
                URI.create(upstream.baseUri() + collection + listQuery),
                recorder.exchanges.get(2).upstreamUri());
    }

    // Vantage answers with the account itself, Elastic Path with it under "data"; their ids are named differently.
    private static JsonNode account(Vendor vendor, JsonNode answer) {
        return vendor == Vendor.VANTAGE ? answer : answer.path("data");
    }

    private static String idField(Vendor vendor) {
        return vendor == Vendor.VANTAGE ? "token" : "id";
    }
}
