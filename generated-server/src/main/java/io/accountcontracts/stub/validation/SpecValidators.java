package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.stub.errors.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One validator per vendor spec, built once from the specs on the classpath (the {@code openapi}
 * artifact), because building one parses and resolves the whole document.
 */
public final class SpecValidators {

    private static final String VANTAGE_SAMPLE = "/v2/managed_accounts/warm-up";
    private static final String ELASTIC_PATH_SAMPLE = "/v2/accounts/warm-up";

    private final Map<Vendor, OpenApiInteractionValidator> validators = new EnumMap<>(Vendor.class);

    public SpecValidators() {
        validators.put(Vendor.VANTAGE, load("/openapi/vantage-managed-accounts.yaml"));
        validators.put(Vendor.ELASTIC_PATH, load("/openapi/elasticpath-accounts.yaml"));
    }

    public ValidationReport validateRequest(Vendor vendor, Request request) {
        return validators.get(vendor).validateRequest(request);
    }

    public ValidationReport validateResponse(Vendor vendor, Request.Method method, String path, Response response) {
        return validators.get(vendor).validateResponse(path, method, response);
    }

    /** Error messages of a report, one line each. */
    public static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    /** Checks a stored Vantage record against the spec's 200 response schema. */
    public List<String> checkManagedAccount(String json) {
        return errors(validateResponse(Vendor.VANTAGE, Request.Method.PUT, VANTAGE_SAMPLE, ok(json)));
    }

    /** Checks a stored Elastic Path record (the {@code data} object) against the spec's 200 response schema. */
    public List<String> checkAccount(String json) {
        return errors(validateResponse(Vendor.ELASTIC_PATH, Request.Method.PUT, ELASTIC_PATH_SAMPLE,
                ok("{\"data\":" + json + "}")));
    }

    /** Runs one throw-away request validation per spec: the validator's first call is far slower than later ones. */
    public void warmUp() {
        validateRequest(Vendor.VANTAGE, SimpleRequest.Builder.put(VANTAGE_SAMPLE)
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"name\":\"warm-up\"}").build());
        validateRequest(Vendor.ELASTIC_PATH, SimpleRequest.Builder.put(ELASTIC_PATH_SAMPLE)
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}").build());
    }

    private static Response ok(String json) {
        return SimpleResponse.Builder.ok().withContentType("application/json").withBody(json).build();
    }

    private static OpenApiInteractionValidator load(String resource) {
        try (InputStream in = SpecValidators.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    // BearerAuthFilter has already checked the header, as RFC 7235 reads it; the
                    // validator would refuse a lower-case "bearer" scheme that the RFC allows.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
