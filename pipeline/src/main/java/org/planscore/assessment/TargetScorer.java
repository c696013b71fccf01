package org.planscore.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetRole;
import org.planscore.plan.TargetType;
import org.planscore.scoring.AverageGrowth;
import org.planscore.scoring.BoundedFigure;
import org.planscore.scoring.CumulativeTotal;
import org.planscore.scoring.DefinitionBreak;
import org.planscore.scoring.Direction;
import org.planscore.scoring.EventDate;
import org.planscore.scoring.FinalVerdict;
import org.planscore.scoring.ForwardView;
import org.planscore.scoring.Milestone;
import org.planscore.scoring.PlanExecution;
import org.planscore.scoring.ProgressMeasure;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.SeriesSpec;
import org.planscore.scoring.TargetBounds;
import org.planscore.scoring.Verdict;
import org.planscore.scoring.YearValue;
import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;

/**
 * Scores one plan target on the figures stored for its indicator, turning what the plan states (SCORING.md §3)
 * into a series for the progress measure (§1), the forward view (§2) and a verdict. Pure: records in, records out.
 *
 * <p>Only figures of the target's perimeter (its area label) known at the as-of date, for years up to the target
 * year, enter: a yearly plan is judged on its own year, and merged-city figures never measure a former-city target.
 */
public final class TargetScorer {

    private static final double SHARE_LIMIT = 100.0;

    /** Explanation keys (report bundles, {@code explain.*}). */
    static final String NO_BASE = "explain.noBase";
    static final String PART_YEAR_ONLY = "explain.partYearOnly";
    static final String PERIOD_FIGURE = "explain.periodFigure";
    static final String NO_DATA_ON_PERIMETER = "explain.noDataOnPerimeter";
    static final String NO_TARGET_VALUE = "explain.noTargetValue";
    /** The target-year figure is only a bound that does not settle the target ("> 13" against 15). */
    static final String BOUND_ONLY = "explain.boundOnly";
    /** The base and latest figures follow different definitions: no movement is read from them. */
    static final String DEFINITION_BREAK = "explain.definitionBreak";
    /** Some years of an average-growth period have no rate (Assessment.missingYears names them). */
    static final String MISSING_YEARS = "explain.missingYears";
    /** The target year has only a part-period total (e.g. "to 11/12/2025"): it does not decide a full-year target. */
    static final String PARTIAL_PERIOD = "explain.partialPeriod";
    /** A tracked indicator: the plan names it without a target; figures shown, no status. */
    static final String TRACKED = "explain.tracked";

    private TargetScorer() {
    }

    /**
     * @param figures        every stored figure of an indicator code
     * @param partYearCodes  the codes of year-to-date figures of the target's indicator ({@code X_H1}, {@code X_9M} …)
     */
    public static ScoredTarget score(PlanTarget target, Function<String, List<StoredObservation>> allFigures,
                                     List<String> partYearCodes, LocalDate asOf) {
        return score(target, allFigures, partYearCodes, asOf, s -> 0);
    }

    /**
     * @param rank how much each figure's source is trusted, for the rule that picks one figure per year
     *             ({@link AnnualSeries})
     */
    public static ScoredTarget score(PlanTarget target, Function<String, List<StoredObservation>> allFigures,
                                     List<String> partYearCodes, LocalDate asOf,
                                     ToIntFunction<StoredObservation> rank) {
        // A part-period total ("to 11/12/2025") never stands for its year: it is kept out of the yearly series.
        Function<String, List<StoredObservation>> figures = code -> allFigures.apply(code).stream()
                .filter(s -> !s.observation().partial()).toList();
        NavigableMap<Integer, AnnualSeries.Choice> all = new TreeMap<>(AnnualSeries.choose(
                figures.apply(target.indicator()), target.area(), asOf, rank));
        // A milestone done after its target year is done late, not undone: its events are not cut at the target year.
        Map<Integer, AnnualSeries.Choice> choices = target.type() == TargetType.MILESTONE ? all
                : all.headMap(target.targetYear(), true);
        Map<Integer, Observation> annual = new TreeMap<>();
        choices.forEach((year, choice) -> annual.put(year, choice.chosen().observation()));
        List<ObservationPoint> shown = new ArrayList<>();
        // Event dates are stored as numbers (yyyymmdd) and are no series to chart: the milestone carries its date.
        if (!EventDate.UNIT.equalsIgnoreCase(target.unit())) {
            choices.forEach((year, choice) -> shown.add(FigureCitations.point(year, choice)));
        }
        Context c = new Context(target, annual, figures, partYearCodes, asOf, rank);
        Scored scored = target.role() == TargetRole.TRACKED ? tracked(c) : switch (target.type()) {
            case GROWTH_AVG, ANNUAL_GROWTH -> growth(c);
            case CUMULATIVE -> cumulative(c);
            case MILESTONE -> milestone(c);
            case LEVEL, SHARE, CEILING -> level(c);
        };
        Assessment assessment = scored.assessment();
        if (!annual.containsKey(target.targetYear()) && hasPartialFor(target, allFigures, asOf)) {
            List<String> explanations = new ArrayList<>(assessment.explanations());
            explanations.add(PARTIAL_PERIOD);
            assessment = new Assessment(assessment.verdict(), assessment.forward(), assessment.growth(),
                    assessment.cumulative(), assessment.execution(), assessment.milestone(), assessment.bounds(),
                    assessment.perimeter(), explanations, assessment.boundedFigure(), assessment.definitionBreak(),
                    assessment.missingYears());
        }
        return new ScoredTarget(target, shown, scored.result(), assessment);
    }

    /** Whether a part-period total of the target year, on its perimeter, is known at the as-of date. */
    private static boolean hasPartialFor(PlanTarget target, Function<String, List<StoredObservation>> allFigures,
                                         LocalDate asOf) {
        String own = AreaKey.of(target.area());
        return allFigures.apply(target.indicator()).stream().map(StoredObservation::observation)
                .filter(Observation::partial)
                .filter(o -> AnnualSeries.knownAt(o, asOf) && !o.coversTo().isAfter(asOf))
                .anyMatch(o -> AreaKey.of(o.area()).equals(own)
                        && o.period().startsWith(Integer.toString(target.targetYear())));
    }

    // --- an indicator tracked without a target: its figures, no status ---

    private static Scored tracked(Context c) {
        Map.Entry<Integer, Observation> first = ((TreeMap<Integer, Observation>) c.annual())
                .ceilingEntry(c.target().baseYear());
        Map.Entry<Integer, Observation> last = ((TreeMap<Integer, Observation>) c.annual()).lastEntry();
        ProgressResult result = first == null ? new ProgressResult(null, null, null, null, null,
                ProgressStatus.NOT_AVAILABLE, null)
                : new ProgressResult(first.getKey(), first.getValue().value(), last.getKey(), last.getValue().value(),
                null, ProgressStatus.NOT_AVAILABLE, null);
        return new Scored(result, new Assessment(FinalVerdict.IN_PROGRESS, null, null, null, null, null, null,
                c.target().area(), List.of(TRACKED)));
    }

    private record Context(PlanTarget target, Map<Integer, Observation> annual,
                           Function<String, List<StoredObservation>> figures, List<String> partYearCodes,
                           LocalDate asOf, ToIntFunction<StoredObservation> rank) {
        boolean yearEnd() {
            return asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31;
        }

        Double valueIn(int year) {
            Observation o = annual.get(year);
            return o == null ? null : o.value();
        }

        Map<Integer, Observation> annualOf(String indicator) {
            return upToTargetYear(AnnualSeries.select(figures.apply(indicator), target.area(), asOf, rank),
                    target.targetYear());
        }
    }

    private record Scored(ProgressResult result, Assessment assessment) {
    }

    // --- level, share, ceiling (§1 method 2 on the level series) ---

    private static Scored level(Context c) {
        PlanTarget target = c.target();
        SeriesSpec spec = spec(target, c.annual());
        ProgressResult result = ProgressMeasure.assess(spec);
        ForwardView forward = ForwardView.of(spec, result);
        List<String> explanations = new ArrayList<>();
        BoundedFigure bounded = bounded(c.annual().get(target.targetYear()));
        FinalVerdict verdict = decide(c, c.valueIn(target.targetYear()), bounded, explanations);
        DefinitionBreak definitionBreak = definitionBreak(c, result);
        if (definitionBreak != null && result.status() != ProgressStatus.TARGET_ACHIEVED) {
            // The difference between the base and the latest figure is a change of definition, not movement.
            result = new ProgressResult(result.baseYearUsed(), result.baseValue(), result.currentYear(),
                    result.currentValue(), null, ProgressStatus.NOT_AVAILABLE, null);
            forward = null;
            explanations.add(DEFINITION_BREAK);
        }
        PlanExecution execution = execution(c);
        explain(c, result, verdict, execution, explanations);
        return new Scored(result, new Assessment(verdict, forward, null, null, execution, null, bounds(target),
                target.area(), explanations, bounded, definitionBreak, List.of()));
    }

    /** The base and latest figures' definitions differ (both named): a break, else null. */
    private static DefinitionBreak definitionBreak(Context c, ProgressResult result) {
        if (result.baseYearUsed() == null || result.currentYear() == null) {
            return null;
        }
        Observation base = c.annual().get(result.baseYearUsed());
        Observation latest = c.annual().get(result.currentYear());
        return base == null || latest == null ? null : DefinitionBreak.between(result.baseYearUsed(),
                base.definition(), result.currentYear(), latest.definition());
    }

    private static BoundedFigure bounded(Observation o) {
        return o == null || o.bound() == null ? null
                : new BoundedFigure(Integer.parseInt(o.period().substring(0, 4)), o.value(), o.bound());
    }

    /**
     * The verdict on the deciding figure; when that figure is only a bound it decides only where the bound itself
     * settles the target, and otherwise the report says so.
     */
    private static FinalVerdict decide(Context c, Double deciding, BoundedFigure bounded, List<String> explanations) {
        PlanTarget target = c.target();
        if (bounded == null || target.targetValue() == null) {
            return verdict(c, deciding);
        }
        FinalVerdict verdict = FinalVerdict.judgeBounded(target.direction(), target.targetValue(),
                target.targetYear(), c.asOf().getYear(), c.yearEnd(), bounded);
        if (verdict.verdict() == Verdict.NO_FINAL_FIGURE) {
            explanations.add(BOUND_ONLY);
        }
        return verdict;
    }

    static SeriesSpec spec(PlanTarget target, Map<Integer, Observation> annual) {
        List<YearValue> points = new ArrayList<>();
        annual.forEach((year, o) -> points.add(new YearValue(year, o.value())));
        Double limit = target.limit() != null ? target.limit()
                : target.type() == TargetType.SHARE ? Double.valueOf(SHARE_LIMIT) : null;
        return new SeriesSpec(points, target.baseYear(), target.targetYear(), target.targetValue(), target.direction(),
                limit);
    }

    /**
     * Share of the year's plan for a target of one year: the full-year figure when known, else the latest
     * year-to-date figure of the target year on the same perimeter; against the same period a year earlier.
     */
    private static PlanExecution execution(Context c) {
        PlanTarget target = c.target();
        if (target.targetValue() == null || target.targetValue() == 0 || target.direction() != Direction.INCREASE
                || target.type() != TargetType.LEVEL) {
            return null;
        }
        int year = target.targetYear();
        Double full = c.valueIn(year);
        if (full != null) {
            return PlanExecution.of(full, 12, target.targetValue(), c.valueIn(year - 1));
        }
        PlanExecution best = null;
        for (String code : c.partYearCodes()) {
            int months = PartYear.months(target.indicator(), code).orElse(0);
            Map<Integer, Observation> partYear = c.annualOf(code);
            Observation ytd = partYear.get(year);
            if (months == 0 || ytd == null || (best != null && best.months() >= months)) {
                continue;
            }
            Observation lastYear = partYear.get(year - 1);
            best = PlanExecution.of(ytd.value(), months, target.targetValue(),
                    lastYear == null ? null : lastYear.value());
        }
        return best;
    }

    // --- average growth and one year's growth (§3: rates chained into an index) ---

    private static Scored growth(Context c) {
        PlanTarget target = c.target();
        Map<Integer, Double> rates = new LinkedHashMap<>();
        c.annual().forEach((year, o) -> rates.put(year, o.value()));
        AverageGrowth growth = target.targetValue() == null ? null
                : AverageGrowth.of(rates, target.baseYear(), target.targetYear(), target.targetValue());
        List<YearValue> index = AverageGrowth.chain(rates, target.baseYear());
        Double targetIndex = growth == null ? null : growth.targetIndex();
        SeriesSpec spec = new SeriesSpec(index, target.baseYear(), target.targetYear(), targetIndex,
                target.direction(), null);
        ProgressResult result = ProgressMeasure.assess(spec);
        ForwardView forward = ForwardView.of(spec, result);

        List<String> explanations = new ArrayList<>();
        Double deciding = null;
        BoundedFigure bounded = null;
        List<Integer> missing = List.of();
        if (target.type() == TargetType.ANNUAL_GROWTH) {
            deciding = c.valueIn(target.targetYear()); // the year's rate as reported
            bounded = bounded(c.annual().get(target.targetYear()));
        } else {
            missing = missingYears(c);
            if (growth != null && growth.lastChainedYear() == target.targetYear()) {
                deciding = growth.achievedAverage(); // the geometric mean over the whole period
            }
        }
        Double reported = periodFigure(c);
        if (reported != null) {
            deciding = reported;
            bounded = null;
            explanations.add(PERIOD_FIGURE);
        } else if (!missing.isEmpty()) {
            explanations.add(MISSING_YEARS);
        }
        FinalVerdict verdict = decide(c, deciding, bounded, explanations);
        explain(c, result, verdict, null, explanations);
        return new Scored(result, new Assessment(verdict, forward, growth, null, null, null, bounds(target),
                target.area(), explanations, bounded, null, missing));
    }

    /**
     * The years b+1 … T of an average-growth period that are over at the as-of date and have no rate on the
     * target's perimeter: while one is missing the average cannot be computed, and the report names them.
     */
    private static List<Integer> missingYears(Context c) {
        PlanTarget target = c.target();
        int lastOver = c.yearEnd() ? c.asOf().getYear() : c.asOf().getYear() - 1;
        List<Integer> missing = new ArrayList<>();
        for (int year = target.baseYear() + 1; year <= Math.min(target.targetYear(), lastOver); year++) {
            if (!c.annual().containsKey(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The period's result as reported directly (an average or a running total) for the target year, if known. */
    private static Double periodFigure(Context c) {
        String code = c.target().periodIndicator();
        if (code == null) {
            return null;
        }
        Observation o = c.annualOf(code).get(c.target().targetYear());
        return o == null ? null : o.value();
    }

    // --- a total over a period ---

    private static Scored cumulative(Context c) {
        PlanTarget target = c.target();
        int base = target.baseYear();
        int targetYear = target.targetYear();
        Integer latest = null;
        Double toDate = null;
        BoundedFigure bounded = null;
        if (target.periodIndicator() != null) {
            // A running total reported directly; its latest year up to T.
            Map<Integer, Observation> running = c.annualOf(target.periodIndicator());
            if (!running.isEmpty()) {
                Map.Entry<Integer, Observation> last = ((TreeMap<Integer, Observation>) running).lastEntry();
                if (last.getKey() > base) {
                    latest = last.getKey();
                    toDate = last.getValue().value();
                    bounded = bounded(last.getValue());
                }
            }
        }
        if (toDate == null) {
            // The sum of the yearly flows b+1 … t, for an unbroken run of years.
            double sum = 0;
            for (int year = base + 1; year <= targetYear && c.valueIn(year) != null; year++) {
                sum += c.valueIn(year);
                latest = year;
            }
            toDate = latest == null ? null : sum;
        }
        List<String> explanations = new ArrayList<>();
        if (toDate == null || target.targetValue() == null || !(target.targetValue() > 0)) {
            ProgressResult none = new ProgressResult(null, null, null, null, null, ProgressStatus.NOT_AVAILABLE, null);
            FinalVerdict verdict = verdict(c, null);
            explain(c, none, verdict, null, explanations);
            return new Scored(none, new Assessment(verdict, null, null, null, null, null, bounds(target),
                    target.area(), explanations));
        }
        CumulativeTotal total = CumulativeTotal.of(toDate, latest, base, targetYear, target.targetValue());
        ProgressResult result = new ProgressResult(base, null, latest, toDate, total.ratio(), total.status(),
                total.score());
        boolean final_ = latest == targetYear;
        FinalVerdict verdict = decide(c, final_ ? toDate : null, final_ ? bounded : null, explanations);
        explain(c, result, verdict, null, explanations);
        return new Scored(result, new Assessment(verdict, null, null, total, null, null, bounds(target),
                target.area(), explanations, final_ ? bounded : null, null, List.of()));
    }

    // --- a milestone ---

    private static Scored milestone(Context c) {
        PlanTarget target = c.target();
        boolean events = EventDate.UNIT.equalsIgnoreCase(target.unit());
        // An event's own date when the figures are event dates; else when a figure reaching the target was published.
        Optional<java.time.LocalDate> doneOn = c.annual().values().stream()
                .filter(o -> events || target.targetValue() == null
                        || (target.direction() == Direction.INCREASE ? o.value() >= target.targetValue()
                        : o.value() <= target.targetValue()))
                .map(o -> events ? EventDate.decode(o.value())
                        : o.published() != null ? o.published()
                        : LocalDate.of(Integer.parseInt(o.period()), 12, 31))
                .filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder());
        Milestone milestone = Milestone.judge(target.dueDate(), doneOn.orElse(null), c.asOf());
        // Milestones are not §1 series: a done milestone shows as achieved, an open one as not available, and
        // neither enters the mean scores.
        ProgressStatus status = milestone.state() == Milestone.State.DONE || milestone.state() == Milestone.State.DONE_LATE
                ? ProgressStatus.TARGET_ACHIEVED : ProgressStatus.NOT_AVAILABLE;
        ProgressResult result = new ProgressResult(null, null, null, null, null, status, null);
        Verdict v = milestone.verdict();
        FinalVerdict verdict = new FinalVerdict(v, v.isFinal() ? target.targetYear() : null, null);
        return new Scored(result, new Assessment(verdict, null, null, null, null, milestone, null, target.area(),
                List.of()));
    }

    // --- shared ---

    private static FinalVerdict verdict(Context c, Double deciding) {
        PlanTarget target = c.target();
        if (target.targetValue() == null) {
            // Without a target value nothing can be judged; after the target year say so rather than "in progress".
            FinalVerdict open = FinalVerdict.judge(target.direction(), 0, target.targetYear(), c.asOf().getYear(),
                    c.yearEnd(), null);
            return open;
        }
        return FinalVerdict.judge(target.direction(), target.targetValue(), target.targetYear(), c.asOf().getYear(),
                c.yearEnd(), deciding);
    }

    private static void explain(Context c, ProgressResult result, FinalVerdict verdict, PlanExecution execution,
                                List<String> explanations) {
        if (c.target().targetValue() == null && c.target().type() != TargetType.MILESTONE) {
            explanations.add(NO_TARGET_VALUE);
            return;
        }
        if (c.annual().isEmpty() && (c.target().periodIndicator() == null
                || c.annualOf(c.target().periodIndicator()).isEmpty())) {
            if (onOtherPerimeter(c)) {
                explanations.add(NO_DATA_ON_PERIMETER);
            }
        } else if (result.currentYear() != null && result.progressValue() == null
                && result.baseYearUsed() != null && result.baseYearUsed() > c.target().baseYear()) {
            explanations.add(NO_BASE);
        }
        if (verdict.verdict() == Verdict.NO_FINAL_FIGURE) {
            // The verdict sentence already says the target year has no figure; only a part-year figure adds to it.
            if (execution != null && !execution.isFullYear()) {
                explanations.add(PART_YEAR_ONLY);
            }
        }
    }

    /** Whether figures of the indicator known at the as-of date exist, up to T, for another area than the target's. */
    private static boolean onOtherPerimeter(Context c) {
        String own = AreaKey.of(c.target().area());
        List<StoredObservation> figures = new ArrayList<>(c.figures().apply(c.target().indicator()));
        if (c.target().periodIndicator() != null) {
            figures.addAll(c.figures().apply(c.target().periodIndicator()));
        }
        return figures.stream()
                .map(StoredObservation::observation)
                .filter(o -> AnnualSeries.knownAt(o, c.asOf()))
                .filter(o -> Integer.parseInt(o.period().substring(0, 4)) <= c.target().targetYear())
                .anyMatch(o -> !AreaKey.of(o.area()).equals(own));
    }

    private static TargetBounds bounds(PlanTarget target) {
        return target.targetValue() == null ? null : new TargetBounds(target.targetValue(), target.targetUpper());
    }

    private static Map<Integer, Observation> upToTargetYear(Map<Integer, Observation> annual, int targetYear) {
        return new TreeMap<>(((TreeMap<Integer, Observation>) annual).headMap(targetYear, true));
    }
}
