package io.accountcontracts.contract.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener.OpenApiValidationException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.accountcontracts.contract.support.OfflineValidator;
import io.accountcontracts.contract.support.Resources;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server standing in for one vendor, as a consumer runs one in its own tests, with
 * swagger-request-validator's {@link OpenApiValidationListener} checking every request it receives
 * and every response its stubs give against that vendor's spec. A test passes only if the listener
 * found nothing, unless the test made the listener fail on purpose with {@link #expectReported}.
 */
public final class ValidatedWireMock
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final String spec;
    private WireMockServer server;
    private OpenApiValidationListener listener;

    private ValidatedWireMock(String spec) {
        this.spec = spec;
    }

    public static ValidatedWireMock vantage() {
        return new ValidatedWireMock("/openapi/vantage-managed-accounts.yaml");
    }

    public static ValidatedWireMock elasticPath() {
        return new ValidatedWireMock("/openapi/elasticpath-accounts.yaml");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The spec files of the openapi artifact, the ones consumers import, not a copy.
        listener = new OpenApiValidationListener(
                OpenApiInteractionValidator.createForInlineApiSpecification(Resources.text(spec))
                        .withLevelResolver(OfflineValidator.LEVELS)
                        .build());
        // Loopback only, and a port of the OS's choosing, so parallel builds never collide.
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.addMockServiceRequestListener(listener);
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        listener.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (server.getAllServeEvents().isEmpty()) {
                throw new AssertionError("no request reached WireMock, so nothing was checked against " + spec);
            }
            // Checked before the listener: WireMock's own plain-text 404 for an unmatched request would
            // otherwise be reported as a spec violation, hiding that the stub itself never matched.
            List<LoggedRequest> unmatched = server.findAllUnmatchedRequests();
            if (!unmatched.isEmpty()) {
                throw new AssertionError("no stub matched "
                        + unmatched.stream()
                                .map(r -> r.getMethod() + " " + r.getUrl())
                                .toList());
            }
            listener.assertValidationPassed();
        } finally {
            listener.reset();
            server.resetAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** Not {@code server.baseUrl()}: that says {@code localhost}, which may resolve to ::1, where nothing listens. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public void stubFor(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public void verify(RequestPatternBuilder request) {
        server.verify(request);
    }

    /**
     * Asserts that the listener rejects what the test sent or stubbed, every error it found carrying
     * {@code key} (so the drift under test, not some accident of the setup, is what it caught), then
     * clears it so the test can pass.
     */
    public ValidationReport expectReported(String key) {
        OpenApiValidationException thrown;
        try {
            listener.assertValidationPassed();
            throw new AssertionError("the listener let the drift through; expected " + key + " against " + spec);
        } catch (OpenApiValidationException e) {
            thrown = e;
        }
        ValidationReport report = thrown.getValidationReport();
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (errors.isEmpty() || !errors.stream().allMatch(m -> m.getKey().equals(key))) {
            throw new AssertionError("expected only " + key + " but the listener reported " + errors);
        }
        listener.reset();
        return report;
    }
}
