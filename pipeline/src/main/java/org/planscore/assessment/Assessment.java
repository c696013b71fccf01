package org.planscore.assessment;

import java.util.List;

import org.planscore.scoring.AverageGrowth;
import org.planscore.scoring.BoundedFigure;
import org.planscore.scoring.CumulativeTotal;
import org.planscore.scoring.DefinitionBreak;
import org.planscore.scoring.FinalVerdict;
import org.planscore.scoring.ForwardView;
import org.planscore.scoring.Milestone;
import org.planscore.scoring.PlanExecution;
import org.planscore.scoring.TargetBounds;
import org.planscore.scoring.Verdict;

/**
 * What a report says about a target beyond the Open SDG status: the verdict (final after the target year, with the
 * figure that decided it), the UNSD forward view, and what the target's type adds (average achieved and rate still
 * required, total to date and projected, share of the year's plan, milestone state, range). Parts that do not apply
 * are null. Pure data, built by the scorer.
 *
 * @param verdict      verdict and deciding figure
 * @param forward      the §2 forward view on the scored series (for a growth target: on the index), or null
 * @param growth       for an average growth target: index, achieved average and rate still required; or null
 * @param cumulative   for a period total; or null
 * @param execution    for a one-year plan target: share of the year's plan, change on last year; or null
 * @param milestone    for a milestone; or null
 * @param bounds       the target's deciding bound and, for a range, its other end; or null
 * @param perimeter    the area/perimeter label whose figures measured the target
 * @param explanations message keys of one-sentence explanations (e.g. why there is no final figure)
 * @param boundedFigure the deciding (target-year) figure when the source gives only a bound ("> 13"), whether or not
 *                     the bound settled the verdict; or null
 * @param definitionBreak the base and latest figures follow different definitions or bodies: no movement is read
 *                     from them (the status is not available and the report says "definition changed"); or null
 * @param missingYears for an average growth target: the years of its period, up to the as-of year, without a rate
 *                     on its perimeter (the verdict cannot be final while one is missing); empty otherwise
 */
public record Assessment(FinalVerdict verdict, ForwardView forward, AverageGrowth growth, CumulativeTotal cumulative,
                         PlanExecution execution, Milestone milestone, TargetBounds bounds, String perimeter,
                         List<String> explanations, BoundedFigure boundedFigure, DefinitionBreak definitionBreak,
                         List<Integer> missingYears) {

    public static final Assessment NONE = new Assessment(FinalVerdict.IN_PROGRESS, null, null, null, null, null, null,
            null, List.of());

    public Assessment {
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
        missingYears = missingYears == null ? List.of() : List.copyOf(missingYears);
    }

    /** An assessment with no bound, definition break or missing year. */
    public Assessment(FinalVerdict verdict, ForwardView forward, AverageGrowth growth, CumulativeTotal cumulative,
                      PlanExecution execution, Milestone milestone, TargetBounds bounds, String perimeter,
                      List<String> explanations) {
        this(verdict, forward, growth, cumulative, execution, milestone, bounds, perimeter, explanations, null, null,
                List.of());
    }

    public Verdict verdictValue() {
        return verdict == null ? Verdict.IN_PROGRESS : verdict.verdict();
    }

    /** The growth the target still needs each year, in percent: for growth targets the rate, else the level's growth. */
    public Double requiredRatePercent() {
        if (growth != null) {
            return growth.requiredRate();
        }
        return forward == null || forward.requiredAnnualRate() == null ? null : forward.requiredAnnualRate() * 100.0;
    }
}
