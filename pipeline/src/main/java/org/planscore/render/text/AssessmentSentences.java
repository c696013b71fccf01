package org.planscore.render.text;

import java.util.ArrayList;
import java.util.List;

import org.planscore.assessment.Assessment;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.CityVerdict;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.scoring.AverageGrowth;
import org.planscore.scoring.CumulativeTotal;
import org.planscore.scoring.FinalVerdict;
import org.planscore.scoring.ForwardView;
import org.planscore.scoring.Milestone;
import org.planscore.scoring.PlanExecution;
import org.planscore.scoring.TargetBounds;
import org.planscore.scoring.Verdict;

/**
 * The sentences of a target's assessment, from bundle patterns: the verdict with its deciding figure, the forward
 * view or what is still required, type-specific figures, the perimeter, explanations, and the city's own verdict.
 */
public final class AssessmentSentences {

    private final ReportTexts texts;

    public AssessmentSentences(ReportTexts texts) {
        this.texts = texts;
    }

    public List<String> of(ScoredTarget scored) {
        PlanTarget target = scored.target();
        Assessment a = scored.assessment();
        List<String> parts = new ArrayList<>();
        bounds(target, a.bounds(), parts);
        verdict(target, a, parts);
        growth(target, a, parts);
        forward(target, a, parts);
        cumulative(target, a.cumulative(), parts);
        execution(a.execution(), parts);
        milestone(a.milestone(), parts);
        if (a.perimeter() != null && a.perimeter().contains("(")) {
            parts.add(texts.format("assess.perimeter", a.perimeter()));
        }
        for (String key : a.explanations()) {
            parts.add(texts.text(key));
        }
        city(target, a.verdictValue(), parts);
        return parts;
    }

    /** The verdict in a few words, for the scorecard and the summary: "Đạt", "Không đạt", … */
    public String verdictWord(Verdict verdict) {
        return texts.text("verdict." + verdict.code());
    }

    private void bounds(PlanTarget target, TargetBounds bounds, List<String> parts) {
        if (bounds != null && bounds.isRange()) {
            parts.add(texts.format("assess.range", texts.number(bounds.deciding()), texts.number(bounds.other()),
                    texts.unit(unit(target))));
        }
    }

    private void verdict(PlanTarget target, Assessment a, List<String> parts) {
        FinalVerdict v = a.verdict();
        if (v == null || target.type() == TargetType.MILESTONE) {
            return;
        }
        switch (v.verdict()) {
            case ACHIEVED, NOT_ACHIEVED -> parts.add(texts.format("assess.final." + v.verdict().code(),
                    texts.quantity(v.decidingValue(), decidingUnit(target)), texts.year(v.decidingYear()),
                    goal(target)));
            case NO_FINAL_FIGURE -> parts.add(texts.format("assess.noFinalFigure", texts.year(v.decidingYear())));
            case IN_PROGRESS -> { }
        }
    }

    private void growth(PlanTarget target, Assessment a, List<String> parts) {
        AverageGrowth g = a.growth();
        if (g == null || target.type() != TargetType.GROWTH_AVG || g.achievedAverage() == null) {
            return;
        }
        parts.add(texts.format("assess.achievedAverage", texts.number(g.achievedAverage()),
                texts.year(target.baseYear() + 1), texts.year(g.lastChainedYear())));
    }

    private void forward(PlanTarget target, Assessment a, List<String> parts) {
        if (a.verdictValue() != Verdict.IN_PROGRESS) {
            return;
        }
        ForwardView f = a.forward();
        String classWords = f == null || f.forwardClass() == null ? null
                : texts.text("forward." + f.forwardClass().name().toLowerCase(java.util.Locale.ROOT));
        Double required = a.requiredRatePercent();
        if (classWords != null) {
            if (isRate(target)) {
                parts.add(texts.format("assess.forwardRate", classWords, texts.number(f.pe())));
            } else {
                parts.add(texts.format("assess.forward", texts.year(target.targetYear()),
                        texts.quantity(f.projectedValue(), target.unit()), classWords, texts.number(f.pe())));
            }
        }
        if (required != null && f != null && f.forwardClass() != null) {
            parts.add(texts.format(isRate(target) ? "assess.requiredRateGrowth" : "assess.requiredRate",
                    texts.number(required)));
        }
    }

    private void cumulative(PlanTarget target, CumulativeTotal c, List<String> parts) {
        if (c == null) {
            return;
        }
        parts.add(texts.format("assess.cumulative", texts.year(c.latestYear()), texts.quantity(c.toDate(), target.unit()),
                texts.number(c.toDate() / target.targetValue() * 100, 1), texts.year(target.targetYear()),
                texts.quantity(c.projected(), target.unit()), texts.number(c.ratio() * 100, 1)));
    }

    private void execution(PlanExecution e, List<String> parts) {
        if (e == null) {
            return;
        }
        String change = e.changeVsLastYear() == null ? "" : texts.format("assess.vsLastYear",
                (e.changeVsLastYear() >= 0 ? "+" : "") + texts.number(e.changeVsLastYear(), 1));
        if (e.isFullYear()) {
            parts.add(texts.format("assess.executionYear", texts.number(e.percentOfPlan(), 1), change));
        } else {
            parts.add(texts.format("assess.executionPartYear", Integer.toString(e.months()),
                    texts.number(e.percentOfPlan(), 1), texts.number(e.elapsedShare(), 1), change,
                    texts.text(e.onPace() ? "assess.onPace" : "assess.behindPace")));
        }
    }

    private void milestone(Milestone m, List<String> parts) {
        if (m == null) {
            return;
        }
        // How late is said in days: "done late" alone would read the same for one day and for a year.
        parts.add(texts.format("milestone." + m.state().code(), texts.date(m.doneOn()), texts.date(m.due()),
                Long.toString(m.daysLate())));
    }

    private void city(PlanTarget target, Verdict ours, List<String> parts) {
        CityVerdict city = target.cityVerdict();
        if (city == null) {
            return;
        }
        String cityWords = texts.text("city." + city.code());
        boolean agrees = (city == CityVerdict.ACHIEVED && ours == Verdict.ACHIEVED)
                || (city == CityVerdict.NOT_ACHIEVED && ours == Verdict.NOT_ACHIEVED);
        if (agrees) {
            parts.add(texts.format("assess.cityAgrees", cityWords));
        } else if (target.cityNote() != null) {
            parts.add(texts.format("assess.cityDiffers", cityWords, target.cityNote().in(texts.locale())));
        } else {
            parts.add(texts.format("assess.cityDiffersUnexplained", cityWords));
        }
    }

    private String goal(PlanTarget target) {
        if (target.targetText() != null && !target.targetText().isBlank()) {
            return target.targetText().trim();
        }
        return texts.quantity(target.targetValue(), target.unit());
    }

    private static String unit(PlanTarget target) {
        return target.unit() == null ? "" : target.unit().trim();
    }

    private static String decidingUnit(PlanTarget target) {
        return target.unit();
    }

    private static boolean isRate(PlanTarget target) {
        return target.type() == TargetType.GROWTH_AVG || target.type() == TargetType.ANNUAL_GROWTH;
    }
}
