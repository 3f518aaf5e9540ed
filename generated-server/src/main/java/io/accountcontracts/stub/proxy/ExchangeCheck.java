package io.accountcontracts.stub.proxy;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.Methods;
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

    private static final String UNCHECKED = "validation.response.unchecked";
    private static final String BODY_MISSING = "validation.response.body.missing";
    // Content-Encoding values named in messages: registered codings only, never whatever an upstream wrote there.
    private static final Set<String> KNOWN_CODINGS =
            Set.of("br", "compress", "x-compress", "zstd", "exi", "pack200-gzip", "aes128gcm", "dcb", "dcz");

    private final SpecValidators validators;
    private final int maxAnswerBytes;

    /** @param maxAnswerBytes the most a compressed answer may decode to and still be checked */
    ExchangeCheck(SpecValidators validators, int maxAnswerBytes) {
        this.validators = validators;
        this.maxAnswerBytes = maxAnswerBytes;
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
                    "The Content-Type header cannot be read (not a media type, or an unknown charset), so the "
                            + "request was not checked further."));
        }
        return problems;
    }

    /**
     * Where the answer breaks the spec; null when the request is no operation, so nothing documents an answer.
     * Never throws: whatever goes wrong while checking is a problem reported, and the exchange is still journaled.
     */
    List<Problem> response(Vendor vendor, String method, String rawPath, Upstream.Answer answer) {
        try {
            return checked(vendor, method, rawPath, answer);
        } catch (RuntimeException | StackOverflowError e) {
            // A deeply nested answer overflows a recursive parser, say. No exception's message: it may quote the
            // answer.
            return List.of(new Problem(
                    UNCHECKED, "The answer could not be checked against the spec; it was passed on unchecked."));
        }
    }

    private List<Problem> checked(Vendor vendor, String method, String rawPath, Upstream.Answer answer) {
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
                    "The answer's Content-Type header is not a media type; it was passed on as " + PASSED_ON_AS + "."));
        }
        boolean undecoded = false;
        if (answer.body().length > 0) {
            byte[] decoded = decoded(answer, problems);
            if (decoded != null) {
                candidate.withBody(new String(decoded, StandardCharsets.UTF_8));
            }
            undecoded = decoded == null;
        }
        List<Problem> found;
        try {
            found = SpecValidators.problems(validators.validateResponse(vendor, known, rawPath, candidate.build()));
        } catch (RuntimeException e) {
            problems.add(new Problem(
                    "validation.response.contentType.unreadable",
                    "The answer's Content-Type header cannot be read (not a media type, or an unknown charset), "
                            + "so the answer was not checked further."));
            return problems;
        }
        if (found.stream().anyMatch(p -> NO_OPERATION.contains(p.rule()))) {
            return null;
        }
        for (Problem problem : found) {
            // A body came, but could not be decoded: the problem above says so, not "no body".
            if (!(undecoded && problem.rule().equals(BODY_MISSING))) {
                problems.add(problem);
            }
        }
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
    // Decoding stops one byte past the limit: a small gzip of zeros may stand for gigabytes.
    private byte[] decoded(Upstream.Answer answer, List<Problem> problems) {
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
                case "gzip", "x-gzip" ->
                    bounded(new GZIPInputStream(new ByteArrayInputStream(answer.body())), encoding, problems);
                case "deflate" ->
                    bounded(new InflaterInputStream(new ByteArrayInputStream(answer.body())), encoding, problems);
                default -> {
                    problems.add(new Problem(
                            "validation.response.body.encoding",
                            "The answer's body is encoded "
                                    + (KNOWN_CODINGS.contains(encoding)
                                            ? "as '" + encoding + "'"
                                            : "with a Content-Encoding")
                                    + " the proxy cannot decode, so it was not checked."));
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

    private byte[] bounded(InputStream in, String encoding, List<Problem> problems) throws IOException {
        byte[] decoded;
        try (in) {
            decoded = in.readNBytes(maxAnswerBytes + 1);
        }
        if (decoded.length > maxAnswerBytes) {
            problems.add(new Problem(
                    "validation.response.body.tooLarge",
                    "The answer's body decodes from " + encoding + " to more than the limit of " + maxAnswerBytes
                            + " bytes (--proxy-max-answer-bytes), so it was not checked."));
            return null;
        }
        return decoded;
    }

    // Methods are case-sensitive: "put" is no operation of a spec, whoever answers it.
    private static Request.Method method(String method) {
        return Methods.of(method).orElse(null);
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
