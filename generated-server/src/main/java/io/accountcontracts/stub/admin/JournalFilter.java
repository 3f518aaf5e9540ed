package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.programmed.Applied;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes every request except the admin API's own into the journal, with its final status and verdict, and
 * what programming changed about the answer.
 * Credentials never reach it: Authorization, Proxy-Authorization and Cookie values are redacted.
 */
@PreMatching
public final class JournalFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String EPOCH = JournalFilter.class.getName() + ".epoch";

    private static final List<String> REDACTED = List.of("REDACTED");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    private final Journal journal;
    private final Clock clock;

    public JournalFilter(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Notes the journal's epoch as the request arrives (see {@link Journal#epoch()}). */
    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(EPOCH, journal.epoch());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath(false);
        if (path.startsWith(AdminResource.ROOT)) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            headers.put(key, SECRET_HEADERS.contains(key) ? REDACTED : List.copyOf(values));
        });
        Verdict verdict = Verdict.of(request);
        Applied programmed = Applied.of(request);
        int status = programmed != null && programmed.dropped() ? 0 : response.getStatus();
        long arrivedIn = request.getProperty(EPOCH) instanceof Long epoch ? epoch : journal.epoch();
        journal.add(new Journal.Entry(clock.instant(), request.getMethod(), path, Route.of(request).operationId(),
                status, verdict.outcome().name().toLowerCase(Locale.ROOT), verdict.problems(), programmed, headers), arrivedIn);
    }
}
