package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.SpecValidators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A compressed answer is checked decoded, but never decoded past the answer limit. */
class ExchangeCheckTest {

    private static final int LIMIT = 64 * 1024;
    private static final String PATH = "/v2/managed_accounts/acct_1";
    private static ExchangeCheck check;

    @BeforeAll
    static void load() {
        check = new ExchangeCheck(new SpecValidators(), LIMIT);
    }

    @Test
    void aGzipAnswerThatDecodesPastTheLimitIsAProblemNamingTheLimitNotAnOutOfMemory() throws IOException {
        // 2 KB on the wire, 2 MB decoded: the shape of a gzip bomb, small enough for any test heap.
        List<Problem> problems = check.response(Vendor.VANTAGE, "PUT", PATH, answer("gzip", zeros(2 << 20, true)));

        assertEquals(
                List.of(new Problem(
                        "validation.response.body.tooLarge",
                        "The answer's body decodes from gzip to more than the limit of 65536 bytes "
                                + "(--proxy-max-answer-bytes), so it was not checked.")),
                problems);
    }

    @Test
    void aDeflateAnswerIsBoundedToo() throws IOException {
        List<Problem> problems = check.response(Vendor.VANTAGE, "PUT", PATH, answer("deflate", zeros(2 << 20, false)));

        assertEquals("validation.response.body.tooLarge", problems.get(0).rule());
    }

    @Test
    void anUnknownEncodingIsNamedOnlyWhenItIsARegisteredOne() {
        Problem brotli = check.response(Vendor.VANTAGE, "PUT", PATH, answer("br", new byte[] {1}))
                .get(0);
        Problem madeUp = check.response(Vendor.VANTAGE, "PUT", PATH, answer("Bearer SECRET", new byte[] {1}))
                .get(0);

        assertEquals(
                "The answer's body is encoded as 'br' the proxy cannot decode, so it was not checked.",
                brotli.message());
        assertEquals(
                "The answer's body is encoded with a Content-Encoding the proxy cannot decode, so it was not checked.",
                madeUp.message());
        assertFalse(madeUp.message().toLowerCase().contains("secret"));
    }

    private static Upstream.Answer answer(String encoding, byte[] body) {
        return new Upstream.Answer(
                Instant.now(),
                1,
                URI.create("http://127.0.0.1:1" + PATH),
                Map.of(),
                200,
                Map.of("Content-Type", List.of("application/json"), "Content-Encoding", List.of(encoding)),
                body);
    }

    private static byte[] zeros(int length, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            byte[] block = new byte[64 * 1024];
            for (int written = 0; written < length; written += block.length) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }
}
