package io.accountcontracts.contract.specs;

import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.OfflineValidator;
import java.util.function.Function;

/** Validates requests and responses against one spec: a shipped one, or a spec written inside a test. */
record InteractionValidation(
        Function<Exchange, ValidationReport> request, Function<Exchange, ValidationReport> response) {

    static InteractionValidation of(OfflineValidator spec) {
        return new InteractionValidation(spec::validateRequest, spec::validateResponse);
    }

    /** For specs that are not on the classpath, such as the deliberately wrong ones of the tests. */
    static InteractionValidation inline(String specText) {
        return of(OfflineValidator.inline(specText));
    }
}
