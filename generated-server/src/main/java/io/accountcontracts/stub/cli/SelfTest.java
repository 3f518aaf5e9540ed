package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --self-test}: a running stub sends itself, over loopback and through its whole request path,
 * one valid and one invalid update per vendor, then reports. The build also uses it as the training
 * run for the class-data archive that shortens start-up, so it must touch what a first real request does.
 */
final class SelfTest {

    private record Probe(String what, String path, String body, int expected) {}

    private SelfTest() {}

    /**
     * True when every probe got its expected status; false too when there was no record to probe, since
     * nothing would have been checked. The valid updates rewrite a name with itself.
     */
    static boolean run(StubServer server, String token, PrintWriter out) throws InterruptedException {
        List<Probe> probes = new ArrayList<>();
        server.stores().managedAccounts().all().stream().findFirst().ifPresent(record -> {
            String path = "/v2/managed_accounts/" + record.path("token").asText();
            probes.add(new Probe("Vantage valid update", path, "{\"name\":" + record.get("name") + "}", 200));
            probes.add(new Probe("Vantage invalid update", path, "{\"name\":42}", 400));
        });
        server.stores().accounts().all().stream().findFirst().ifPresent(record -> {
            String path = "/v2/accounts/" + record.path("id").asText();
            probes.add(new Probe(
                    "Elastic Path valid update",
                    path,
                    "{\"data\":{\"type\":\"account\",\"name\":" + record.get("name") + "}}",
                    200));
            probes.add(new Probe("Elastic Path invalid update", path, "{\"data\":{\"type\":\"other\"}}", 400));
        });
        if (probes.isEmpty()) {
            out.println("self-test FAIL: there is no record to update; give --fixtures with at least one");
            return false;
        }
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        boolean passed = true;
        for (Probe probe : probes) {
            int status = send(client, server.baseUri().resolve(URI.create(probe.path())), probe.body(), token);
            boolean ok = status == probe.expected();
            passed &= ok;
            out.printf(
                    "self-test %s: %s (%d, expected %d)%n",
                    ok ? "ok  " : "FAIL", probe.what(), status, probe.expected());
        }
        out.flush();
        return passed;
    }

    private static int send(HttpClient client, URI uri, String body, String token) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
