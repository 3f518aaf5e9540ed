package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@link VendorStubExtension} registered with options, in a static field (one stub per class). */
class RegisteredExtensionTest {

    @RegisterExtension
    static final VendorStubExtension VENDORS = VendorStubExtension.newInstance()
            .token("first-token", "second-token")
            .fixturesResource("/fixtures/several-accounts.json")
            .build();

    @Test
    void clientsAndParametersGetTheFirstToken(@StubToken String token) {
        assertEquals("first-token", token);
        assertEquals("first-token", VENDORS.stub().token());
    }

    @Test
    void everyGivenTokenIsAccepted() throws Exception {
        assertEquals(200, put(VENDORS.baseUri(), "second-token"));
        assertEquals(401, put(VENDORS.baseUri(), "test-token"));
        VENDORS.stub().expectInvalidRequests(1);
    }

    @Test
    void startsFromTheGivenFixtures() {
        assertEquals(
                "child-co",
                VENDORS.stub()
                        .account("3f0c9a2e-7b41-4d8e-9c65-0a1b2c3d4e5f")
                        .orElseThrow()
                        .get("name")
                        .asText());
        assertEquals(2, VENDORS.stub().records().managedAccounts().size());
    }

    @Test
    void refusesOptionsThatCannotWork() {
        assertThrows(
                IllegalArgumentException.class,
                () -> VendorStubExtension.newInstance().token(" ").build());
        assertThrows(
                IllegalArgumentException.class,
                () -> VendorStubExtension.newInstance().port(70_000).build());
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> VendorStubExtension.newInstance().fixturesResource("/no/such.json"));
        assertTrue(missing.getMessage().contains("/no/such.json"), missing.getMessage());
    }

    @Test
    void anInstanceFieldGivesEachTestItsOwnStub() {
        OwnStubPerTestCase.SEEN.clear();
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OwnStubPerTestCase.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
        assertEquals(2, OwnStubPerTestCase.SEEN.size());
        assertNotSame(OwnStubPerTestCase.SEEN.get(0), OwnStubPerTestCase.SEEN.get(1));
    }

    private static int put(URI baseUri, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(baseUri.resolve("/v2/managed_accounts/acct_5e1c0a7b9d3f2468"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Runs only through the engine above: surefire leaves nested classes alone. */
    static class OwnStubPerTestCase {
        static final List<VendorStub> SEEN = new ArrayList<>();

        @RegisterExtension
        final VendorStubExtension vendors = VendorStubExtension.newInstance().build();

        @Test
        void one() {
            SEEN.add(vendors.stub());
        }

        @Test
        void two() {
            SEEN.add(vendors.stub());
        }
    }
}
