package io.accountcontracts.contract.support;

import java.net.URI;
import java.util.Map;

/** Where the live-target tests point, read from the environment. */
public record LiveTarget(
        URI baseUri,
        String token,
        String vantageAccount,
        String elasticPathAccount,
        boolean writesAllowed,
        String vendor) {

    static final String HOW_TO_ENABLE = "Live-target tests are off. To run them against a real vendor, a staging "
            + "server or a separately started stub, set CONTRACT_BASE_URL and CONTRACT_TOKEN (and optionally "
            + "CONTRACT_VANTAGE_ACCOUNT, CONTRACT_EP_ACCOUNT; CONTRACT_VENDOR=vantage or elasticpath for a real "
            + "vendor's host; CONTRACT_ALLOW_WRITES=true to allow PUTs that succeed).";

    static LiveTarget fromEnvironment() {
        return from(System.getenv());
    }

    static LiveTarget from(Map<String, String> env) {
        String base = env.get("CONTRACT_BASE_URL");
        return new LiveTarget(
                base == null || base.isBlank() ? null : URI.create(base.replaceAll("/+$", "")),
                env.get("CONTRACT_TOKEN"),
                env.getOrDefault("CONTRACT_VANTAGE_ACCOUNT", "acct_dd2fdf6564b60319"),
                env.getOrDefault("CONTRACT_EP_ACCOUNT", "deb6b25f-8451-4211-9a22-95610333df23"),
                "true".equalsIgnoreCase(env.get("CONTRACT_ALLOW_WRITES")),
                env.getOrDefault("CONTRACT_VENDOR", "").toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the target serves this vendor's API: a stub serves both, a real vendor's host only its own. */
    public boolean serves(String vendorName) {
        return vendor.isEmpty() || vendor.equals(vendorName);
    }

    boolean configured() {
        return baseUri != null && token != null && !token.isBlank();
    }
}
