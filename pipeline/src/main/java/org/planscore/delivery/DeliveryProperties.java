package org.planscore.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Delivery settings, bound from {@code planscore.delivery.*}.
 *
 * @param from          sender address, e.g. {@code "PlanScore <planscore@haiphong.gov.vn>"}
 * @param recipients    leadership addresses; empty keeps reports in the outbox
 * @param outboxDir     where {@code .eml} files go when mail is not sent (default {@code reports/outbox})
 * @param subjectPrefix start of every subject (default "Báo cáo tiến độ kế hoạch")
 * @param plans         recipients per plan id ({@code planscore.delivery.plans.[haiphong-2025]=a@x, b@y}); a plan
 *                      listed here goes to its own list instead of {@code recipients}
 */
@ConfigurationProperties("planscore.delivery")
public record DeliveryProperties(String from, List<String> recipients, Path outboxDir, String subjectPrefix,
                                 Map<String, List<String>> plans) {

    public static final Path DEFAULT_OUTBOX_DIR = Path.of("reports", "outbox");
    public static final String DEFAULT_SUBJECT_PREFIX = "Báo cáo tiến độ kế hoạch";

    // Vietnamese readers expect day/month/year
    private static final DateTimeFormatter AS_OF_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ConstructorBinding
    public DeliveryProperties {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        outboxDir = outboxDir == null ? DEFAULT_OUTBOX_DIR : outboxDir;
        subjectPrefix = subjectPrefix == null || subjectPrefix.isBlank() ? DEFAULT_SUBJECT_PREFIX : subjectPrefix;
    }

    public DeliveryProperties(String from, List<String> recipients, Path outboxDir, String subjectPrefix) {
        this(from, recipients, outboxDir, subjectPrefix, null);
    }

    /** The plan's own list when configured, else the common one. */
    public List<String> recipientsFor(String planId) {
        List<String> own = plans.get(planId);
        return own == null ? recipients : List.copyOf(own);
    }

    /** E.g. "Báo cáo tiến độ kế hoạch Hải Phòng 2021–2025 (30/06/2025)". */
    public String subjectFor(String planTitle, LocalDate asOf) {
        String title = planTitle == null || planTitle.isBlank() ? "" : " " + planTitle.strip();
        return subjectPrefix + title + " (" + AS_OF_FORMAT.format(asOf) + ")";
    }

    /** The subject followed by a headline, e.g. the counts by status: "… (31/12/2025): 40 đạt · 3 đúng tiến độ …". */
    public String subjectFor(String planTitle, LocalDate asOf, String headline) {
        String subject = subjectFor(planTitle, asOf);
        // One line: a line break in a subject would end the header early.
        String line = headline == null ? "" : headline.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? subject : subject + ": " + line;
    }
}
