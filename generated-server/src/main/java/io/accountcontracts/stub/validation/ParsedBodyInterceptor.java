package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.server.vantage.model.CreateManagedAccount;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Set;

/**
 * Binds the generated request models from the tree the validation filter already parsed, instead of
 * letting the JSON provider parse the body a second time: the body is parsed once per request. The
 * tree is read from the interceptor's own view of the request's properties, which costs no lookup of
 * the request (a reader would need one per request). Should a request ever arrive without that tree,
 * the body is read as usual.
 */
@Priority(Priorities.ENTITY_CODER)
public final class ParsedBodyInterceptor implements ReaderInterceptor {

    private static final Set<Class<?>> REQUEST_MODELS = Set.of(
            UpdateManagedAccount.class,
            CreateManagedAccount.class,
            UpdateAccountRequest.class,
            CreateAccountRequest.class);

    private final ObjectMapper mapper;

    public ParsedBodyInterceptor(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // Only where a JSON reader would be chosen: a body of another type goes on to Jersey, which answers 415.
        if (REQUEST_MODELS.contains(context.getType())
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                && context.getProperty(ParsedBody.PROPERTY) instanceof JsonNode tree) {
            return mapper.treeToValue(tree, context.getType());
        }
        return context.proceed();
    }
}
