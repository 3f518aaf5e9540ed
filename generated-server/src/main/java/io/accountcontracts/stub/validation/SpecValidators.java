package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.stub.errors.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * One request validator per vendor spec, built once from the specs on the classpath (the
 * {@code openapi} artifact), because building one parses and resolves the whole document.
 */
public final class SpecValidators {

    private final Map<Vendor, OpenApiInteractionValidator> validators = new EnumMap<>(Vendor.class);

    public SpecValidators() {
        validators.put(Vendor.VANTAGE, load("/openapi/vantage-managed-accounts.yaml"));
        validators.put(Vendor.ELASTIC_PATH, load("/openapi/elasticpath-accounts.yaml"));
    }

    public ValidationReport validateRequest(Vendor vendor, Request request) {
        return validators.get(vendor).validateRequest(request);
    }

    /** Runs one throw-away validation per spec, since the validator's first call is much slower than later ones. */
    public void warmUp() {
        validateRequest(Vendor.VANTAGE, SimpleRequest.Builder.put("/v2/managed_accounts/warm-up")
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"name\":\"warm-up\"}").build());
        validateRequest(Vendor.ELASTIC_PATH, SimpleRequest.Builder.put("/v2/accounts/warm-up")
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}").build());
    }

    private static OpenApiInteractionValidator load(String resource) {
        try (InputStream in = SpecValidators.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
