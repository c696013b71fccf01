package org.planscore.render.xlsx;

import java.util.Locale;

import org.planscore.assessment.Assessment;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.PlanTarget;
import org.planscore.render.text.AssessmentSentences;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;

/** The values of one scorecard row, typed: numbers stay numbers, texts are already in the report language. */
record ScorecardRow(String indicator, String pillar, String target, Double targetValue, Integer targetYear,
                    Double baseValue, Integer baseYear, Double latestValue, Integer latestYear,
                    Double progressValue, String status, Double score, String verdict, Double decidingValue,
                    String forwardClass, Double pe, Double requiredRate, Double achievedAverage,
                    Double percentOfPlan, String perimeter, String plan, String cityVerdict, String source) {

    static ScorecardRow of(ScoredTarget scored, String pillarName, ReportTexts texts) {
        PlanTarget target = scored.target();
        TargetFacts facts = TargetFacts.of(scored);
        Assessment a = scored.assessment();
        boolean open = !a.verdictValue().isFinal();
        String forwardClass = open && a.forward() != null && a.forward().forwardClass() != null
                ? texts.text("forward." + a.forward().forwardClass().name().toLowerCase(Locale.ROOT)) : null;
        return new ScorecardRow(target.indicator(), pillarName, target.name().in(texts.locale()),
                target.targetValue(), target.targetYear(), facts.baseValue(), facts.baseYear(),
                facts.latestValue(), facts.latestYear(), facts.progressValue(),
                texts.status(facts.status()), facts.score(),
                new AssessmentSentences(texts).verdictWord(a.verdictValue()),
                a.verdict() == null ? null : a.verdict().decidingValue(),
                forwardClass, open && a.forward() != null ? a.forward().pe() : null,
                open ? a.requiredRatePercent() : null,
                a.growth() == null ? null : a.growth().achievedAverage(),
                a.execution() == null ? null : a.execution().percentOfPlan(),
                a.perimeter(), target.plan(),
                target.cityVerdict() == null ? null : texts.text("city." + target.cityVerdict().code()),
                target.source());
    }
}
