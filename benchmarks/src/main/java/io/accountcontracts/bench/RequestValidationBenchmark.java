package io.accountcontracts.bench;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.routing.Operation;
import io.accountcontracts.stub.validation.SpecValidators;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the stub's request filter spends on the spec check alone, per valid request: {@code screen} is
 * the per-operation quick check every valid request now takes, {@code fullValidator} the complete
 * swagger-request-validator pass that decides (and words) everything the screen does not accept.
 */
@State(Scope.Benchmark)
// Single-threaded, throughput is just the inverse; ask for it with -bm thrpt -tu s when wanted.
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class RequestValidationBenchmark {

    @Param({"VANTAGE", "ELASTIC_PATH"})
    public Endpoint endpoint;

    private SpecValidators validators;
    private Request request;
    // The stub screens the tree its filter parsed once; parsing is not part of the screen's cost.
    private JsonNode body;

    @Setup
    public void setUp() {
        validators = new SpecValidators();
        try {
            body = new ObjectMapper().readTree(endpoint.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(endpoint + " body is not JSON", e);
        }
        request = SimpleRequest.Builder.put(endpoint.path)
                .withContentType(Endpoint.CONTENT_TYPE)
                .withAccept(Endpoint.CONTENT_TYPE)
                .withAuthorization("Bearer " + Endpoint.TOKEN)
                .withBody(endpoint.body)
                .build();
        // A rejected request takes a different, shorter path through the validator; refuse to time it.
        List<String> errors = SpecValidators.errors(fullValidator());
        if (!errors.isEmpty()) {
            throw new IllegalStateException(endpoint + " request is not valid: " + errors);
        }
        // Timing the screen only means something if it really takes this request.
        if (!screen()) {
            throw new IllegalStateException(endpoint + " request is not taken by the quick screen");
        }
    }

    @Benchmark
    public ValidationReport fullValidator() {
        return validators.validateRequest(endpoint.vendor, request);
    }

    @Benchmark
    public boolean screen() {
        return validators.conformsQuickly(
                endpoint.vendor,
                Operation.update(endpoint.vendor).id(),
                "PUT",
                endpoint.path,
                null,
                Endpoint.CONTENT_TYPE,
                Endpoint.CONTENT_TYPE,
                body);
    }
}
