package org.planscore.report;

import java.time.LocalDate;
import java.util.Locale;

import org.planscore.plan.Plan;

/**
 * One report to produce: a plan, as of a date, in a language, on a given state of the data. The data version (a
 * digest of the imported files and of the plan) is part of the report job's identity, so a report on unchanged
 * data is produced and delivered once, and new data makes a new report.
 */
public record ReportRequest(Plan plan, LocalDate asOf, String lang, String dataVersion) {

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }
}
