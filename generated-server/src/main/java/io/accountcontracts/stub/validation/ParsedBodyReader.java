package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Binds the generated request models from the tree the validation filter already parsed, instead of
 * letting the JSON provider parse the body a second time: the body is parsed once per request.
 * Should a request ever arrive without that tree, the body is read as usual.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public final class ParsedBodyReader implements MessageBodyReader<Object> {

    private static final Set<Class<?>> REQUEST_MODELS = Set.of(UpdateManagedAccount.class, UpdateAccountRequest.class);

    private final ObjectMapper mapper;

    @Inject
    private Provider<ContainerRequestContext> request;

    public ParsedBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return REQUEST_MODELS.contains(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        var tree = ParsedBody.of(request.get());
        return tree.isPresent() ? mapper.treeToValue(tree.get(), type) : mapper.readValue(entity, type);
    }
}
