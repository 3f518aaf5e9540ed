package com.example.renamer;

import com.example.renamer.RenameFailedException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Renames a customer's account at whichever vendor holds it. A vendor's 5xx is retried, since the PUT
 * is idempotent, and so is a 429 (rate limited) after a wait: until Vantage's {@code x-rate-limit-reset}, or a
 * fixed time for Elastic Path, which says nothing about when to come back. Every other failure is reported to
 * the caller as a {@link RenameFailedException}.
 */
public final class AccountRenamer {

    public enum Vendor { VANTAGE, ELASTIC_PATH }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(2);

    private final ManagedAccountsApi vantage;
    private final AccountsApi elasticPath;
    private final int attempts;
    private final Duration rateLimitWait;

    /** As below, waiting at most 2 s before sending a rate-limited request again. */
    public AccountRenamer(URI vendorBaseUri, String token, Duration timeout, int attempts) {
        this(vendorBaseUri, token, timeout, attempts, DEFAULT_RATE_LIMIT_WAIT);
    }

    /**
     * @param vendorBaseUri where the vendors' APIs are (in production each vendor's own host)
     * @param timeout       how long to wait for a connection, and then for an answer
     * @param attempts      how many times to send a request that keeps failing with a 5xx or a 429
     * @param rateLimitWait after a 429, how long to wait before sending again: Elastic Path's whole wait (it sends
     *                      no hint), and the longest wait for Vantage's {@code x-rate-limit-reset}
     */
    public AccountRenamer(URI vendorBaseUri, String token, Duration timeout, int attempts, Duration rateLimitWait) {
        this(vendorBaseUri, token, timeout, attempts, rateLimitWait, null);
    }

    /**
     * As above, over HTTPS with the service's own TLS settings.
     *
     * @param tls what the clients trust and present over HTTPS; null for the JDK's default
     */
    public AccountRenamer(
            URI vendorBaseUri, String token, Duration timeout, int attempts, Duration rateLimitWait, SSLContext tls) {
        var vantageClient = new io.accountcontracts.client.vantage.ApiClient() {
            @Override
            protected void customizeClientBuilder(ClientBuilder clientBuilder) {
                if (tls != null) {
                    clientBuilder.sslContext(tls);
                }
            }
        };
        vantageClient.setBasePath(vendorBaseUri.toString());
        vantageClient.setBearerToken(token);
        vantageClient.setConnectTimeout((int) timeout.toMillis());
        vantageClient.setReadTimeout((int) timeout.toMillis());
        var elasticPathClient = new io.accountcontracts.client.elasticpath.ApiClient() {
            @Override
            protected void customizeClientBuilder(ClientBuilder clientBuilder) {
                if (tls != null) {
                    clientBuilder.sslContext(tls);
                }
            }
        };
        elasticPathClient.setBasePath(vendorBaseUri.toString());
        elasticPathClient.setBearerToken(token);
        elasticPathClient.setConnectTimeout((int) timeout.toMillis());
        elasticPathClient.setReadTimeout((int) timeout.toMillis());
        this.vantage = new ManagedAccountsApi(vantageClient);
        this.elasticPath = new AccountsApi(elasticPathClient);
        this.attempts = attempts;
        this.rateLimitWait = rateLimitWait;
    }

    /** Renames the account and returns the name the vendor now holds. */
    public String rename(Vendor vendor, String accountId, String newName) throws RenameFailedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return vendor == Vendor.VANTAGE ? renameAtVantage(accountId, newName)
                        : renameAtElasticPath(accountId, newName);
            } catch (VendorError e) {
                if (e.status >= 500 && attempt < attempts) {
                    continue;
                }
                if (e.status == TOO_MANY_REQUESTS && attempt < attempts) {
                    waitBeforeRetry(e.resetSeconds);
                    continue;
                }
                throw new RenameFailedException(reasonFor(e.status), e.status, e.messages, e);
            } catch (ProcessingException e) {
                Reason reason = e.getCause() instanceof SocketTimeoutException ? Reason.TIMED_OUT : Reason.UNAVAILABLE;
                throw new RenameFailedException(reason, 0, List.of(), e);
            }
        }
    }

    /** Until the window ends (Vantage's reset, in Unix seconds), or for the fixed wait; never longer than that. */
    private void waitBeforeRetry(Long resetSeconds) throws RenameFailedException {
        long waitMillis = rateLimitWait.toMillis();
        if (resetSeconds != null) {
            waitMillis = Math.max(0, Math.min(waitMillis, resetSeconds * 1000 - System.currentTimeMillis()));
        }
        try {
            Thread.sleep(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenameFailedException(Reason.RATE_LIMITED, TOO_MANY_REQUESTS, List.of(), e);
        }
    }

    private String renameAtVantage(String token, String newName) throws VendorError {
        try {
            return vantage.updateManagedAccount(token, new UpdateManagedAccount().name(newName)).getName();
        } catch (io.accountcontracts.client.vantage.ApiException e) {
            throw new VendorError(e.getCode(), e.getResponseBody(), e.getResponseHeaders(), e);
        }
    }

    private String renameAtElasticPath(String id, String newName) throws VendorError {
        try {
            return elasticPath.updateAccount(id, new UpdateAccountRequest().data(new AccountUpdate().name(newName)))
                    .getData().getName();
        } catch (io.accountcontracts.client.elasticpath.ApiException e) {
            throw new VendorError(e.getCode(), e.getResponseBody(), e.getResponseHeaders(), e);
        }
    }

    private static Reason reasonFor(int status) {
        return switch (status) {
            case 404 -> Reason.NOT_FOUND;
            case 409 -> Reason.CONFLICT;
            case 401 -> Reason.UNAUTHORIZED;
            case TOO_MANY_REQUESTS -> Reason.RATE_LIMITED;
            default -> status >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED;
        };
    }

    /**
     * A vendor's error answer, with the messages of its body (Vantage's strings, Elastic Path's details) and, when
     * Vantage sent it, when its rate-limit window ends.
     */
    private static final class VendorError extends Exception {

        final int status;
        final List<String> messages;
        final Long resetSeconds;

        VendorError(int status, String body, Map<String, List<String>> headers, Exception cause) {
            super(cause);
            this.status = status;
            this.messages = messages(body);
            this.resetSeconds = resetSeconds(headers);
        }

        // Header names are case-insensitive (the stub's server sends X-rate-limit-reset).
        private static Long resetSeconds(Map<String, List<String>> headers) {
            if (headers == null) {
                return null;
            }
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if ("x-rate-limit-reset".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                    try {
                        return Long.parseLong(header.getValue().get(0).strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        private static List<String> messages(String body) {
            List<String> messages = new ArrayList<>();
            try {
                for (JsonNode error : JSON.readTree(body == null ? "" : body).path("errors")) {
                    messages.add(error.isTextual() ? error.asText() : error.path("detail").asText(error.path("title").asText()));
                }
            } catch (IOException e) {
                messages.add("the vendor's error body is not JSON");
            }
            return messages;
        }
    }
}
