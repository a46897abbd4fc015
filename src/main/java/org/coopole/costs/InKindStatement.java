package org.coopole.costs;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an organisation gave and received in kind in a year, per 86/87 category, in cents, with the confirmed past
 * bookings behind each figure and the method each owner values its resources by. {@code unvalued} are bookings lent
 * free of resources whose owner set no valuation rule (valued at nothing until it does).
 */
public record InKindStatement(OrganisationId organisation, String organisationName, int year, List<Line> given,
                              List<Line> received, List<Line> unvalued, List<Method> methods,
                              String smicUsed) {

    public Map<InKindCategory, Long> givenByCategory() {
        return sum(given);
    }

    public Map<InKindCategory, Long> receivedByCategory() {
        return sum(received);
    }

    private static Map<InKindCategory, Long> sum(List<Line> lines) {
        Map<InKindCategory, Long> sums = new java.util.EnumMap<>(InKindCategory.class);
        lines.forEach(l -> sums.merge(l.category(), l.valueCents(), Long::sum));
        return sums;
    }

    /** A booking lent in kind: the resource, the other organisation, when, its value, what was paid, what is in kind. */
    public record Line(BookingId booking, String resourceName, String otherOrganisation, Instant start, Instant end,
                       InKindCategory category, long worthCents, long paidCents, long valueCents) {
    }

    /** How a resource was valued: its owner, the method in words, and the owner's note. */
    public record Method(String resourceName, String ownerName, ValuationMethod method, String rule, String note) {
    }
}
