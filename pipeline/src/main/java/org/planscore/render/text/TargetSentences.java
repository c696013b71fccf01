package org.planscore.render.text;

import java.util.ArrayList;
import java.util.List;

import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.PlanTarget;

/** The short plain-language lines that describe one target, built from bundle patterns. */
public final class TargetSentences {

    private final ReportTexts texts;
    private final AssessmentSentences assessment;

    public TargetSentences(ReportTexts texts) {
        this.texts = texts;
        this.assessment = new AssessmentSentences(texts);
    }

    /** Latest value, base value, target and progress value, each a short sentence; missing parts are left out. */
    public String describe(ScoredTarget scored) {
        PlanTarget target = scored.target();
        TargetFacts facts = TargetFacts.of(scored);
        if (!facts.hasData()) {
            List<String> parts = new ArrayList<>();
            if (scored.assessment().cumulative() == null) {
                // a period total can be known from a reported running total without a yearly series
                parts.add(texts.text("target.noData"));
            }
            parts.add(goal(target));
            parts.addAll(assessment.of(scored));
            return joined(parts);
        }
        List<String> parts = new ArrayList<>();
        String latest = texts.quantity(facts.latestValue(), target.unit());
        String vintage = texts.vintage(facts.latestVintage());
        // "official" is the normal case; only qualifiers that warn the reader are spelled out.
        if (vintage != null && !"official".equalsIgnoreCase(facts.latestVintage())) {
            parts.add(texts.format("target.latestWithVintage", latest, texts.year(facts.latestYear()), vintage));
        } else {
            parts.add(texts.format("target.latest", latest, texts.year(facts.latestYear())));
        }
        if (facts.baseValue() != null) {
            parts.add(texts.format("target.base",
                    texts.quantity(facts.baseValue(), target.unit()), texts.year(facts.baseYear())));
        }
        parts.add(goal(target));
        if (facts.progressValue() != null) {
            parts.add(texts.format("target.progress", texts.number(facts.progressValue())));
        }
        parts.addAll(assessment.of(scored));
        return joined(parts);
    }

    /** One line for the summary page: latest value and year against the target and its year. */
    public String latestVersusTarget(ScoredTarget scored) {
        PlanTarget target = scored.target();
        TargetFacts facts = TargetFacts.of(scored);
        String latest = texts.quantity(facts.latestValue(), target.unit());
        String latestYear = texts.year(facts.latestYear());
        String goal = goalValue(target);
        var verdict = scored.assessment().verdict();
        if (verdict != null && verdict.verdict().isFinal() && verdict.decidingValue() != null && goal != null) {
            // Decided: the figure that decided it, which for a period average is the reported average.
            return texts.format("summary.decidedVsTarget", texts.quantity(verdict.decidingValue(), target.unit()),
                    texts.year(verdict.decidingYear()), goal, texts.year(target.targetYear()));
        }
        if (!facts.hasData() && scored.assessment().cumulative() != null && goal != null) {
            // A period total known from a reported running total, with no yearly figure: say the total to date.
            var total = scored.assessment().cumulative();
            return texts.format("summary.totalVsTarget", texts.quantity(total.toDate(), target.unit()),
                    texts.year(total.latestYear()), goal, texts.year(target.targetYear()));
        }
        if (goal == null) {
            return texts.format("summary.latestOnly", latest, latestYear);
        }
        return texts.format("summary.latestVsTarget", latest, latestYear, goal, texts.year(target.targetYear()));
    }

    private String goal(PlanTarget target) {
        String value = goalValue(target);
        if (value == null) {
            return null;
        }
        return texts.format("target.goal", value, texts.year(target.targetYear()));
    }

    /** The numeric target with its unit, or the plan's own wording when it set no number. */
    private String goalValue(PlanTarget target) {
        if (target.targetValue() != null) {
            return texts.quantity(target.targetValue(), target.unit());
        }
        if (target.targetText() != null && !target.targetText().isBlank()) {
            return target.targetText().trim();
        }
        return null;
    }

    private static String joined(List<String> parts) {
        return String.join(" ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }
}
