package io.accountcontracts.stub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.routing.Routes;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP codec with two changes. A request it cannot parse (a {@code Content-Length} that is no
 * number, a header section too large, a chunk size that is no number) gets its error in the vendor's JSON
 * shape instead of an empty body.
 * And an {@code Upgrade} header is ignored: the stub speaks HTTP/1.1 only, and Grizzly would otherwise stop
 * reading the body by its length (Java's HttpClient asks for {@code h2c} on every first request).
 */
final class StubCodec extends HttpServerFilter {

    /**
     * The request line and headers together may take this much. Grizzly's 8 KiB default is less than some
     * callers' tokens and cookies; the JDK's server the stub ran on before allowed 380 KiB.
     */
    static final int MAX_HEADER_BYTES = 128 * 1024;

    // Made on the first refusal, not at start-up: most runs never see one.
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.create();
    }

    // The constructor Grizzly's own HttpServer builds its codec with; the one that replaces it is not public.
    @SuppressWarnings("deprecation")
    private StubCodec(NetworkListener listener, HttpServerFilter original) {
        super(
                listener.isChunkingEnabled(),
                MAX_HEADER_BYTES,
                null,
                listener.getKeepAlive(),
                null,
                listener.getMaxRequestHeaders(),
                listener.getMaxResponseHeaders());
        for (ContentEncoding encoding : original.getContentEncodings()) {
            addContentEncoding(encoding);
        }
        setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
        setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
    }

    /** Puts the stub's codec in place of Grizzly's when a listener builds its filter chain. */
    static AddOn replacingGrizzlys() {
        return (NetworkListener listener, FilterChainBuilder chain) -> {
            int at = chain.indexOfType(HttpServerFilter.class);
            chain.set(at, new StubCodec(listener, (HttpServerFilter) chain.get(at)));
        };
    }

    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
        header.getUpgradeDC().recycle();
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        HttpRequestPacket request = response.getRequest();
        String path = request == null ? null : request.getRequestURI();
        String method = request == null || request.getMethod() == null
                ? null
                : request.getMethod().getMethodString();
        Vendor vendor = Routes.resolve(method, path).vendor();
        byte[] body = errorJson(vendor, response.getStatus(), problem(response, request));
        response.setContentType("application/json");
        response.setContentLength(body.length);
        return HttpContent.builder(response)
                .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                .last(true)
                .build();
    }

    // Grizzly does not say what it could not parse; the status and the headers it did read mostly do.
    private static String problem(HttpResponsePacket response, HttpRequestPacket request) {
        if (response.getStatus() == 505) {
            return "Only HTTP/1.0 and HTTP/1.1 requests are served.";
        }
        // A Content-Length beside Transfer-Encoding: chunked is dropped by then, so this names that case too.
        if (request != null && request.isChunked()) {
            return "The request body is not valid chunked encoding (Transfer-Encoding: chunked).";
        }
        if (request != null && request.getProtocol() == Protocol.HTTP_1_1 && request.getHeader("Host") == null) {
            return "An HTTP/1.1 request needs a Host header.";
        }
        // What is left (a Content-Length that is no number among them) Grizzly does not keep to look at.
        return "The request could not be read: a header line is malformed, the headers exceed "
                + MAX_HEADER_BYTES / 1024 + " KiB or " + MimeHeaders.MAX_NUM_HEADERS_DEFAULT
                + " headers, or the body's chunked framing is broken.";
    }

    private static byte[] errorJson(Vendor vendor, int status, String problem) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        try {
            return Json.MAPPER.writeValueAsBytes(
                    vendor.error(type == null ? Response.Status.BAD_REQUEST : type, problem)
                            .getEntity());
        } catch (JsonProcessingException e) {
            return ("{\"errors\":[\"" + problem + "\"]}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
