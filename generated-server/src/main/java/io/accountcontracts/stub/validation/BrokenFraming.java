package io.accountcontracts.stub.validation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.util.Locale;

/**
 * The request body did not arrive as its headers framed it: a chunk size that is no number, a chunk
 * without its line end, or fewer bytes than the Content-Length announced before the client stopped
 * sending. The client's fault, answered with a 400 ({@link io.accountcontracts.stub.errors.UnexpectedExceptionMapper}).
 */
public final class BrokenFraming extends IOException {

    private final String problem;

    BrokenFraming(ContainerRequestContext request, IOException cause) {
        super(cause.getMessage(), cause);
        this.problem = problem(request, cause);
    }

    /** What went wrong, in the client's terms; never the server's own wording. */
    public String problem() {
        return problem;
    }

    // The JDK server's reading of the body fails with a handful of plain messages: an early end, or a chunk
    // it cannot read. Which framing it was comes from the request.
    private static String problem(ContainerRequestContext request, IOException cause) {
        String transferEncoding = request.getHeaderString("Transfer-Encoding");
        boolean chunked = transferEncoding != null
                && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked");
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        boolean endedEarly = message.contains("closed") || message.contains("end of stream");
        if (chunked) {
            return endedEarly
                    ? "The request body ended before its last chunk (Transfer-Encoding: chunked)."
                    : "The request body is not valid chunked encoding (Transfer-Encoding: chunked).";
        }
        return request.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null
                ? "The request body ended before the length its Content-Length header gives."
                : "The request body could not be read to its end.";
    }
}
