package org.planscore.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.planscore.plan.Pillar;
import org.planscore.plan.Plan;
import org.planscore.plan.TargetType;
import org.planscore.scoring.ScoreMeans;

/**
 * Everything a report renders: the plan, the as-of date, the language, every scored target, and the installation's
 * report options.
 */
public record ReportModel(Plan plan, LocalDate asOf, Locale locale, List<ScoredTarget> targets,
                          ReportOptions options) {
    public ReportModel {
        targets = List.copyOf(targets);
        options = options == null ? ReportOptions.DEFAULTS : options;
    }

    /** A model with the default options. */
    public ReportModel(Plan plan, LocalDate asOf, Locale locale, List<ScoredTarget> targets) {
        this(plan, asOf, locale, targets, ReportOptions.DEFAULTS);
    }

    /** The same report on other targets (e.g. only the plan's main targets). */
    public ReportModel withTargets(List<ScoredTarget> others) {
        return new ReportModel(plan, asOf, locale, others, options);
    }

    /**
     * The targets the assessment counts: the plan's main targets (PlanTarget.role main). Status counts, means and the
     * most-behind list use these only; reference and tracked targets are shown beside them.
     */
    public List<ScoredTarget> mainTargets() {
        return targets.stream().filter(t -> t.target().isMain()).toList();
    }

    /** The targets shown for reference or tracked without a status: never counted or averaged. */
    public List<ScoredTarget> referenceTargets() {
        return targets.stream().filter(t -> !t.target().isMain()).toList();
    }

    /** How many targets the report shows beyond the main ones. */
    public int referenceCount() {
        return (int) targets.stream().filter(t -> !t.target().isMain()).count();
    }

    /**
     * The mean scores indicator → pillar → plan (Open SDG mean of scores, SCORING.md §1), over the main targets.
     * Milestones are not scored series and stay out; so do targets without a score.
     */
    public ScoreMeans.PlanMean means() {
        List<ScoreMeans.Item> items = mainTargets().stream()
                .filter(t -> t.target().type() != TargetType.MILESTONE)
                .map(t -> new ScoreMeans.Item(t.target().pillar(), t.target().indicator(), t.result().status(),
                        t.result().score()))
                .toList();
        return ScoreMeans.of(items, plan.pillars().stream().map(Pillar::id).toList());
    }
}
