package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.validation.Verdict;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes every request except the admin API's own into the journal, with its final status and verdict. */
public final class JournalFilter implements ContainerResponseFilter {

    private static final List<String> REDACTED = List.of("REDACTED");

    private final Journal journal;
    private final Clock clock;

    public JournalFilter(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath(false);
        if (path.startsWith(AdminResource.ROOT)) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT),
                        name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) ? REDACTED : List.copyOf(values)));
        Verdict verdict = Verdict.of(request);
        journal.add(new Journal.Entry(clock.instant(), request.getMethod(), path, response.getStatus(),
                verdict.outcome().name().toLowerCase(Locale.ROOT), verdict.problems(), headers));
    }
}
