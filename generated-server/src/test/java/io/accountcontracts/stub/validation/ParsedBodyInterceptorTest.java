package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedBodyInterceptorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Object READ_BY_JERSEY = new Object();

    private final ParsedBodyInterceptor interceptor = new ParsedBodyInterceptor(MAPPER);
    private final AtomicInteger proceeded = new AtomicInteger();

    @Test
    void aJsonBodyIsBoundFromTheValidatedTreeWithoutBeingReadAgain() throws Exception {
        Object bound = interceptor.aroundReadFrom(
                context(UpdateManagedAccount.class, MediaType.APPLICATION_JSON_TYPE, "{\"name\":\"Acme\"}"));

        assertEquals("Acme", ((UpdateManagedAccount) bound).getName());
        assertEquals(0, proceeded.get());
    }

    @Test
    void aCreateIsBoundFromTheTreeToo() throws Exception {
        Object bound = interceptor.aroundReadFrom(context(
                CreateAccountRequest.class,
                MediaType.valueOf("application/json; charset=utf-8"),
                "{\"data\":{\"type\":\"account\",\"name\":\"Acme\"}}"));

        assertEquals("Acme", ((CreateAccountRequest) bound).getData().getName());
        assertEquals(0, proceeded.get());
    }

    @Test
    void aBodyOfAnotherMediaTypeGoesOnToJerseyWhichRefusesIt() throws Exception {
        Object read = interceptor.aroundReadFrom(
                context(UpdateManagedAccount.class, MediaType.APPLICATION_OCTET_STREAM_TYPE, "{\"name\":\"Acme\"}"));

        assertSame(READ_BY_JERSEY, read);
        assertEquals(1, proceeded.get());
    }

    @Test
    void withoutATreeOrForAnotherTypeTheBodyIsReadAsUsual() throws Exception {
        assertSame(
                READ_BY_JERSEY,
                interceptor.aroundReadFrom(context(UpdateManagedAccount.class, MediaType.APPLICATION_JSON_TYPE, null)));
        assertSame(
                READ_BY_JERSEY,
                interceptor.aroundReadFrom(context(String.class, MediaType.APPLICATION_JSON_TYPE, "\"text\"")));
        assertEquals(2, proceeded.get());
    }

    // Only the methods the interceptor may call answer; any other call fails the test.
    private ReaderInterceptorContext context(Class<?> type, MediaType mediaType, String body) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        if (body != null) {
            JsonNode tree = MAPPER.readTree(body);
            properties.put(ParsedBody.PROPERTY, tree);
        }
        return (ReaderInterceptorContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ReaderInterceptorContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getType":
                            return type;
                        case "getMediaType":
                            return mediaType;
                        case "getProperty":
                            return properties.get((String) args[0]);
                        case "proceed":
                            proceeded.incrementAndGet();
                            return READ_BY_JERSEY;
                        default:
                            throw new AssertionError("unexpected call: " + method.getName());
                    }
                });
    }
}
