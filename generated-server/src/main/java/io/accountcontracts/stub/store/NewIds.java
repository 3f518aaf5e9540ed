package io.accountcontracts.stub.store;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Ids for created records, in each vendor's format: Vantage's managed-account token is {@code acct_} and 16
 * lower-case hex digits, as in its examples; Elastic Path's account id is a version 4 UUID. Drawn at random,
 * again while one is taken, so a fixture's id is never handed out twice.
 */
public final class NewIds {

    private static final HexFormat HEX = HexFormat.of();

    private NewIds() {}

    public static String managedAccountToken(Predicate<String> taken) {
        return unused(
                () -> "acct_" + HEX.toHexDigits(ThreadLocalRandom.current().nextLong()), taken);
    }

    public static String accountId(Predicate<String> taken) {
        return unused(() -> UUID.randomUUID().toString(), taken);
    }

    private static String unused(Supplier<String> draw, Predicate<String> taken) {
        String id = draw.get();
        while (taken.test(id)) {
            id = draw.get();
        }
        return id;
    }
}
