package io.accountcontracts.contract.support;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Captures what a Jersey client really sent and received: the serialized request body (tapped as
 * it is written) and the response body (read, then handed back to the client untouched).
 */
public final class ExchangeRecorder implements WriterInterceptor, ClientResponseFilter {

    private static final String BODY_PROPERTY = ExchangeRecorder.class.getName() + ".requestBody";

    private final List<Exchange> exchanges = new ArrayList<>();

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        OutputStream original = context.getOutputStream();
        context.setOutputStream(new FilterOutputStream(original) {
            @Override
            public void write(int b) throws IOException {
                copy.write(b);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                copy.write(b, off, len);
                out.write(b, off, len);
            }
        });
        context.proceed();
        context.setProperty(BODY_PROPERTY, copy.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
        response.setEntityStream(new ByteArrayInputStream(body));
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        request.getStringHeaders().forEach((name, values) -> requestHeaders.put(name, List.copyOf(values)));
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> responseHeaders.put(name, List.copyOf(values)));
        record(new Exchange(
                request.getMethod(),
                request.getUri().getRawPath(),
                requestHeaders,
                (String) request.getProperty(BODY_PROPERTY),
                response.getStatus(),
                responseHeaders,
                new String(body, StandardCharsets.UTF_8)));
    }

    public synchronized void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public synchronized Exchange last() {
        if (exchanges.isEmpty()) {
            throw new AssertionError("no HTTP exchange was recorded");
        }
        return exchanges.get(exchanges.size() - 1);
    }

    public synchronized void clear() {
        exchanges.clear();
    }
}
