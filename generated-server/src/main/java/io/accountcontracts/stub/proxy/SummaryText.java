package io.accountcontracts.stub.proxy;

import java.util.List;
import java.util.Map;

/**
 * The violations summary as a block of text for a CI log: what {@code GET /__admin/violations} says, printed
 * when the stub stops, so a run nobody asked about still shows what broke the contract.
 */
public final class SummaryText {

    private SummaryText() {}

    public static String of(ViolationTally.Summary summary) {
        StringBuilder text = new StringBuilder("Contract violations seen by this stub (as GET /__admin/violations):\n");
        for (Map.Entry<String, ViolationTally.Summary.PerVendor> entry :
                summary.vendors().entrySet()) {
            ViolationTally.Summary.PerVendor vendor = entry.getValue();
            long exchanges = vendor.exchanges().proxied() + vendor.exchanges().stubbed();
            text.append("  ")
                    .append(entry.getKey())
                    .append(vendor.upstream() == null ? ", stubbed" : ", proxied to " + vendor.upstream())
                    .append(": ")
                    .append(plural(exchanges, "exchange"))
                    .append(", ")
                    .append(plural(vendor.invalidRequests().count(), "invalid request"))
                    .append(", ")
                    .append(plural(vendor.nonconformingResponses().count(), "non-conforming response"));
            if (vendor.upstream() != null) {
                text.append(", ").append(plural(vendor.upstreamFailures().count(), "upstream failure"));
            }
            text.append('\n');
            groups(text, "invalid request", vendor.invalidRequests().byRule());
            groups(text, "bad response", vendor.nonconformingResponses().byRule());
            groups(text, "no answer", vendor.upstreamFailures().byRule());
        }
        return text.toString();
    }

    private static void groups(StringBuilder text, String kind, List<ViolationTally.Summary.Group> groups) {
        for (ViolationTally.Summary.Group group : groups) {
            ViolationTally.Example example = group.example();
            text.append("    ")
                    .append(kind)
                    .append(": ")
                    .append(group.operationId() == null ? "(no operation)" : group.operationId())
                    .append(' ')
                    .append(group.status())
                    .append(' ')
                    .append(group.rule())
                    .append(" x")
                    .append(group.count())
                    .append(", e.g. ")
                    .append(example.method())
                    .append(' ')
                    .append(example.path())
                    .append(": ")
                    .append(example.problem())
                    .append('\n');
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
