package io.accountcontracts.stub.proxy;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.SpecValidators;
import io.accountcontracts.stub.validation.ValidatorRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Both sides of a proxied exchange against the vendor's spec, with the validators the stub itself uses: the
 * request with the full validator (the stub's quick screen only ever says "certainly valid"), the answer
 * against the operation and the status the upstream gave.
 */
final class ExchangeCheck {

    // What the validator reports about the request when checking a response to a request that is no
    // operation of the spec: the request's own check has said so already, and there is no answer to check.
    private static final Set<String> NO_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final String NOT_ALLOWED = "validation.request.operation.notAllowed";

    private final SpecValidators validators;

    ExchangeCheck(SpecValidators validators) {
        this.validators = validators;
    }

    List<Problem> request(
            Vendor vendor,
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body) {
        Request.Method known = method(method);
        if (known == null) {
            return List.of(new Problem(NOT_ALLOWED, method + " " + rawPath + " is no operation of the spec."));
        }
        List<Problem> problems = new ArrayList<>();
        String text = null;
        if (body.length > 0) {
            text = utf8(body);
            if (text == null) {
                problems.add(new Problem("validation.request.body.encoding", "The request body is not valid UTF-8."));
                text = new String(body, StandardCharsets.UTF_8);
            }
        }
        try {
            Request candidate = ValidatorRequest.of(known.name(), rawPath, rawQuery, headers, text);
            problems.addAll(SpecValidators.problems(validators.validateRequest(vendor, candidate)));
        } catch (RuntimeException e) {
            // The validator gives up on a Content-Type it cannot read (an unknown charset, say): say so, no more.
            problems.add(new Problem(
                    "validation.request.contentType.unreadable",
                    "The Content-Type header '"
                            + contentType(headers)
                            + "' cannot be read (not a media type, or an unknown charset), so the "
                            + "request was not checked further."));
        }
        return problems;
    }

    /** Where the answer breaks the spec; null when the request is no operation, so nothing documents an answer. */
    List<Problem> response(Vendor vendor, String method, String rawPath, Upstream.Answer answer) {
        Request.Method known = method(method);
        if (known == null) {
            return null;
        }
        SimpleResponse.Builder candidate = SimpleResponse.Builder.status(answer.status());
        answer.headers().forEach(candidate::withHeader);
        List<Problem> problems = new ArrayList<>();
        String contentType = contentType(answer.headers());
        if (contentType != null && !isMediaType(contentType)) {
            problems.add(new Problem(
                    "validation.response.contentType.invalid",
                    "The answer's Content-Type header '" + contentType + "' is not a media type; it was passed on as "
                            + PASSED_ON_AS + "."));
        }
        if (answer.body().length > 0) {
            byte[] decoded = decoded(answer, problems);
            if (decoded != null) {
                candidate.withBody(new String(decoded, StandardCharsets.UTF_8));
            }
        }
        List<Problem> found;
        try {
            found = SpecValidators.problems(validators.validateResponse(vendor, known, rawPath, candidate.build()));
        } catch (RuntimeException e) {
            problems.add(new Problem(
                    "validation.response.contentType.unreadable",
                    "The answer's Content-Type header '"
                            + contentType
                            + "' cannot be read (not a media type, or an unknown charset), so the answer was "
                            + "not checked further."));
            return problems;
        }
        if (found.stream().anyMatch(p -> NO_OPERATION.contains(p.rule()))) {
            return null;
        }
        problems.addAll(found);
        return problems;
    }

    /**
     * Whether the stub's server can send a body under this Content-Type: it parses the header to choose how to
     * write the body, and fails on one that is no media type.
     */
    static boolean isMediaType(String contentType) {
        try {
            jakarta.ws.rs.core.MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What a body goes out as when the upstream's Content-Type is no media type. */
    static final String PASSED_ON_AS = "application/octet-stream";

    private static String contentType(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                .flatMap(h -> h.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    // A caller that asked for gzip gets the upstream's gzip bytes as they came; the check reads them decoded.
    private static byte[] decoded(Upstream.Answer answer, List<Problem> problems) {
        String encoding = answer.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("content-encoding"))
                .flatMap(h -> h.getValue().stream())
                .findFirst()
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "identity", "" -> answer.body();
                case "gzip", "x-gzip" -> readAll(new GZIPInputStream(new ByteArrayInputStream(answer.body())));
                case "deflate" -> readAll(new InflaterInputStream(new ByteArrayInputStream(answer.body())));
                default -> {
                    problems.add(new Problem(
                            "validation.response.body.encoding",
                            "The answer's body is encoded as '" + encoding
                                    + "', which the proxy cannot decode, so it was not checked."));
                    yield null;
                }
            };
        } catch (IOException e) {
            problems.add(new Problem(
                    "validation.response.body.encoding",
                    "The answer's body is not valid " + encoding + " data, as its Content-Encoding says."));
            return null;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static Request.Method method(String method) {
        try {
            return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
