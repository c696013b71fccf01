package org.planscore.report.xlsx;

import org.planscore.plan.PlanTarget;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.report.text.TargetFacts;

/** The values of one scorecard row, typed: numbers stay numbers, texts are already in the report language. */
record ScorecardRow(String indicator, String pillar, String target, Double targetValue, Integer targetYear,
                    Double baseValue, Integer baseYear, Double latestValue, Integer latestYear,
                    Double progressValue, String status, Double score, String source) {

    static ScorecardRow of(ScoredTarget scored, String pillarName, ReportTexts texts) {
        PlanTarget target = scored.target();
        TargetFacts facts = TargetFacts.of(scored);
        return new ScorecardRow(target.indicator(), pillarName, target.name().in(texts.locale()),
                target.targetValue(), target.targetYear(), facts.baseValue(), facts.baseYear(),
                facts.latestValue(), facts.latestYear(), facts.progressValue(),
                texts.status(facts.status()), facts.score(), target.source());
    }
}
