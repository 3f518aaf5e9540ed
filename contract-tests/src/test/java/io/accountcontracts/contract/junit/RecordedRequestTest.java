package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.VendorStubTestAnnotationTest.EP_ACCOUNT;
import static io.accountcontracts.contract.junit.VendorStubTestAnnotationTest.VANTAGE_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.text.Shortened;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code stub.requests()} gives a test: the request as sent, its body, its headers by any case. */
@VendorStubTest
class RecordedRequestTest {

    @Test
    void headersAreFoundWithoutRegardToTheCaseOfTheirNames(VendorStub stub, AccountsApi elasticPath) {
        VerifyTest.rename(elasticPath, EP_ACCOUNT, "Acme");

        RecordedRequest request = stub.requests().get(0);

        assertEquals("Bearer REDACTED", request.header("Authorization"));
        assertEquals("Bearer REDACTED", request.header("AUTHORIZATION"));
        assertEquals(List.of("Bearer REDACTED"), request.headers().get("authorization"));
        assertNull(request.header("X-Not-Sent"));
    }

    @Test
    void theBodyIsKeptAsSentAndReadableByPointer(VendorStub stub, ManagedAccountsApi vantage) throws Exception {
        vantage.updateManagedAccount(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("Acme EU"));

        RecordedRequest request = stub.requests().get(0);

        assertEquals(Operation.UPDATE_MANAGED_ACCOUNT, request.operation());
        assertEquals(VANTAGE_ACCOUNT, request.id());
        assertEquals(200, request.status());
        assertTrue(request.body().contains("\"name\":\"Acme EU\""), request.body());
        assertEquals("Acme EU", request.bodyValue("/name"));
        assertNull(request.bodyValue("/missing"));
        assertEquals(Map.of("name", "Acme EU"), request.bodyValue(""));
    }

    @Test
    void aRequestWithoutABodyHasNone(VendorStub stub) throws Exception {
        send(
                stub,
                HttpRequest.newBuilder(stub.baseUri().resolve("/v2/accounts/" + EP_ACCOUNT))
                        .header("Authorization", "Bearer " + stub.token())
                        .GET());
        stub.expectInvalidRequests(stub.invalidRequests().size());

        assertNull(stub.requests().get(0).body());
        assertNull(stub.requests().get(0).bodyValue("/data"));
    }

    @Test
    void aLongAcceptedBodyIsKeptUpToItsBoundSayingHowMuchWasLeftOut(VendorStub stub) throws Exception {
        // Elastic Path sets no maximum length on a name: a 200,000-character one is valid.
        int status = rename(stub, "{\"data\":{\"type\":\"account\",\"name\":\"" + "x".repeat(200_000) + "\"}}");

        assertEquals(200, status);
        String kept = stub.requests().get(0).body();
        assertTrue(kept.length() <= Journal.Entry.MAX_BODY_CHARS && kept.length() > 60_000, "kept " + kept.length());
        assertTrue(kept.startsWith("{\"data\":{\"type\":\"account\",\"name\":\"xxx"), kept.substring(0, 40));
        assertTrue(kept.contains(" more characters] ... "), "says what was cut");
    }

    @Test
    void aLongRefusedBodyIsKeptAsShortAsAnyText(VendorStub stub) throws Exception {
        stub.expectInvalidRequests(1);

        int status = rename(stub, "{\"data\":{\"type\":\"nope\",\"name\":\"" + "x".repeat(200_000) + "\"}}");

        assertEquals(400, status);
        String kept = stub.requests().get(0).body();
        assertTrue(kept.length() <= Shortened.MAX_CHARS, "kept " + kept.length());
        assertTrue(kept.startsWith("{\"data\":{\"type\":\"nope\",\"name\":\"xxx"), kept.substring(0, 40));
    }

    private static int rename(VendorStub stub, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(stub.baseUri().resolve("/v2/accounts/" + EP_ACCOUNT))
                                .header("Authorization", "Bearer " + stub.token())
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void send(VendorStub stub, HttpRequest.Builder request) throws Exception {
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
