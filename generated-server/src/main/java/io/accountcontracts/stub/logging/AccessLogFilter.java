package io.accountcontracts.stub.logging;

import io.accountcontracts.stub.programmed.Applied;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request. It names no header, so the bearer token can never reach the log. An answer a
 * programmed fault dropped shows as "dropped": no status went out.
 */
public final class AccessLogFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger("access");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (LOG.isInfoEnabled()) {
            Applied programmed = Applied.of(request);
            Object status = programmed != null && programmed.dropped() ? "dropped" : response.getStatus();
            LOG.info("{} /{} {}", request.getMethod(), request.getUriInfo().getPath(false), status);
        }
    }
}
