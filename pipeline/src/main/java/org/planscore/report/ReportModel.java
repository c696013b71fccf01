package org.planscore.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.planscore.plan.Plan;

/** Everything a report renders: the plan, the as-of date, the language and every scored target. */
public record ReportModel(Plan plan, LocalDate asOf, Locale locale, List<ScoredTarget> targets) {
    public ReportModel {
        targets = List.copyOf(targets);
    }
}
