package io.accountcontracts.contract.examples;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.SpecValidation;
import java.util.function.Function;

/** Validates requests and responses against one spec: a shipped one, or a spec written inside a test. */
record InteractionValidation(Function<Exchange, ValidationReport> request, Function<Exchange, ValidationReport> response) {

    static InteractionValidation of(SpecValidation spec) {
        return new InteractionValidation(spec::validateRequest, spec::validateResponse);
    }

    /** For specs that are not on the classpath, such as the deliberately wrong ones of the tests. */
    static InteractionValidation inline(String specText) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(specText).build();
        return new InteractionValidation(exchange -> {
            SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
            exchange.requestHeaders().forEach(request::withHeader);
            if (exchange.requestBody() != null) {
                request.withBody(exchange.requestBody());
            }
            return validator.validateRequest(request.build());
        }, exchange -> {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
            exchange.responseHeaders().forEach(response::withHeader);
            response.withBody(exchange.responseBody());
            return validator.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response.build());
        });
    }
}
