package io.accountcontracts.stub.programmed;

import io.accountcontracts.stub.http.ClientConnection;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Carries out {@link Fault#TRUNCATED_BODY}: the answer goes out with the whole body's {@code Content-Length}
 * but only its first half, and then the connection closes, as when a vendor's server dies mid-answer.
 * Every other answer passes through untouched.
 */
@Priority(Priorities.ENTITY_CODER)
public final class TruncatedBody implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext answer) throws IOException {
        Applied applied = Applied.of(answer);
        if (applied == null || applied.fault() != Fault.TRUNCATED_BODY) {
            answer.proceed();
            return;
        }
        OutputStream wire = answer.getOutputStream();
        // A programmed answer is a spec example or a record: small, and bounded by the request size limit.
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        answer.setOutputStream(whole);
        answer.proceed();
        byte[] body = whole.toByteArray();
        answer.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        wire.write(body, 0, body.length / 2);
        // Closing is what sends it: Jersey holds a short answer back until then, to count its length (which
        // the header set above overrides).
        wire.close();
        ClientConnection.closeWhenSent();
        // Whatever the container still writes after this goes nowhere.
        answer.setOutputStream(OutputStream.nullOutputStream());
    }
}
