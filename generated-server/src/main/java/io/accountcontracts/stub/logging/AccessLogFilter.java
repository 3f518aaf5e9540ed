package io.accountcontracts.stub.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request. It names no header, so the bearer token can never reach the log. */
public final class AccessLogFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger("access");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} /{} {}", request.getMethod(), request.getUriInfo().getPath(false), response.getStatus());
        }
    }
}
