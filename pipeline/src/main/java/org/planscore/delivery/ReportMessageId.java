package org.planscore.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The Message-ID of a report: plan, as-of date, edition (language), data version and recipients. A re-send of the
 * same report (or a second copy in the outbox) keeps its id, so mail programs show it once; a new report (the other
 * edition, or the same date re-issued after new figures) never reuses one, since mail programs drop a message whose
 * id they have already seen.
 */
public final class ReportMessageId {

    private static final String FALLBACK_DOMAIN = "planscore.local";

    private ReportMessageId() {
    }

    /** E.g. {@code <planscore.hp-2021-2025.2025-06-30.vi.d41d8cd98f00.1a2b3c4d5e6f@haiphong.gov.vn>}. */
    public static String of(ReportEmail email) {
        return of(email.planId(), email.asOf(), email.edition(), email.dataVersion(), email.recipients(),
                email.from());
    }

    public static String of(String planId, LocalDate asOf, List<String> recipients, String from) {
        return of(planId, asOf, null, null, recipients, from);
    }

    /** @param edition the language, or null; @param dataVersion the report's data version, or null */
    public static String of(String planId, LocalDate asOf, String edition, String dataVersion,
                            List<String> recipients, String from) {
        return "<planscore." + SafeNames.slug(planId) + "." + asOf
                + (edition == null ? "" : "." + SafeNames.slug(edition))
                + (dataVersion == null ? "" : "." + ShortHash.of(dataVersion))
                + "." + recipientsHash(recipients) + "@" + domainOf(from) + ">";
    }

    // Order, case and display names do not change who receives the report, so they do not change the id.
    private static String recipientsHash(List<String> recipients) {
        String canonical = String.join("\n", recipients.stream()
                .map(ReportMessageId::bareAddress)
                .map(address -> address.toLowerCase(Locale.ROOT))
                .sorted()
                .distinct()
                .toList());
        return ShortHash.of(canonical);
    }

    private static String domainOf(String from) {
        String address = bareAddress(from);
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? FALLBACK_DOMAIN : domain.toLowerCase(Locale.ROOT);
    }

    private static String bareAddress(String address) {
        try {
            return new InternetAddress(address, false).getAddress();
        } catch (AddressException notParsable) {
            return address.strip();
        }
    }
}
