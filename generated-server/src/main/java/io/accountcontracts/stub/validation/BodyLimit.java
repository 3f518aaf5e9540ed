package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.errors.Vendor;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The request-body limit ({@code --max-body-bytes}), the same for a stubbed request and a proxied one. */
public final class BodyLimit {

    private final int maxBytes;

    public BodyLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The whole body, or null when it is over the limit; never reads more than one byte past it.
     *
     * @throws BrokenFraming when the body does not arrive as its headers frame it
     */
    public byte[] read(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maxBytes) {
            return null;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new BrokenFraming(request, e);
        }
        return body.length > maxBytes ? null : body;
    }

    /**
     * Answers the vendor's 413 (or the {@linkplain RefusalStatus status the operation documents} for it),
     * marking the request invalid.
     */
    public void refuse(ContainerRequestContext request, Vendor vendor, Response.Status status) throws IOException {
        // Most clients only read the answer once their upload is done; answering mid-upload resets the
        // connection under them. So swallow a moderately oversized body first, and close afterwards.
        InputStream body = request.getEntityStream();
        byte[] sink = new byte[64 * 1024];
        long drained = 0;
        try {
            for (int n = body.read(sink); n >= 0 && drained < 16L * maxBytes; n = body.read(sink)) {
                drained += n;
            }
        } catch (IOException e) {
            throw new BrokenFraming(request, e);
        }
        String why = "The request body is larger than the limit of " + maxBytes + " bytes.";
        Verdict.invalid(List.of(why)).attachTo(request);
        request.abortWith(Response.fromResponse(vendor.error(status, why))
                .header("Connection", "close")
                .build());
    }
}
