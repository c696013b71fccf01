package org.planscore.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.planscore.ingest.Observation;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.report.Assessment;
import org.planscore.report.ObservationPoint;
import org.planscore.report.ScoredTarget;
import org.planscore.scoring.AverageGrowth;
import org.planscore.scoring.CumulativeTotal;
import org.planscore.scoring.Direction;
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

    private TargetScorer() {
    }

    /** Scores a target from the figures of its own indicator only (no part-year or period figures). */
    public static ScoredTarget score(PlanTarget target, List<StoredObservation> stored, LocalDate asOf) {
        return score(target, code -> code.equals(target.indicator()) ? stored : List.of(), List.of(), asOf);
    }

    /**
     * @param figures        every stored figure of an indicator code
     * @param partYearCodes  the codes of year-to-date figures of the target's indicator ({@code X_H1}, {@code X_9M} …)
     */
    public static ScoredTarget score(PlanTarget target, Function<String, List<StoredObservation>> figures,
                                     List<String> partYearCodes, LocalDate asOf) {
        return score(target, figures, partYearCodes, asOf, s -> 0);
    }

    /**
     * @param rank how much each figure's source is trusted, for the rule that picks one figure per year
     *             ({@link AnnualSeries})
     */
    public static ScoredTarget score(PlanTarget target, Function<String, List<StoredObservation>> figures,
                                     List<String> partYearCodes, LocalDate asOf,
                                     ToIntFunction<StoredObservation> rank) {
        Map<Integer, AnnualSeries.Choice> choices = new TreeMap<>(AnnualSeries.choose(
                figures.apply(target.indicator()), target.area(), asOf, rank).headMap(target.targetYear(), true));
        Map<Integer, Observation> annual = new TreeMap<>();
        choices.forEach((year, choice) -> annual.put(year, choice.chosen().observation()));
        List<ObservationPoint> shown = new ArrayList<>();
        choices.forEach((year, choice) -> shown.add(FigureCitations.point(year, choice)));
        Context c = new Context(target, annual, figures, partYearCodes, asOf, rank);
        Scored scored = switch (target.type()) {
            case GROWTH_AVG, ANNUAL_GROWTH -> growth(c);
            case CUMULATIVE -> cumulative(c);
            case MILESTONE -> milestone(c);
            case LEVEL, SHARE, CEILING -> level(c);
        };
        return new ScoredTarget(target, shown, scored.result(), scored.assessment());
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
        FinalVerdict verdict = verdict(c, c.valueIn(target.targetYear()));
        PlanExecution execution = execution(c);
        explain(c, result, verdict, execution, explanations);
        return new Scored(result, new Assessment(verdict, forward, null, null, execution, null, bounds(target),
                target.area(), explanations));
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
        if (target.type() == TargetType.ANNUAL_GROWTH) {
            deciding = c.valueIn(target.targetYear()); // the year's rate as reported
        } else if (growth != null && growth.lastChainedYear() == target.targetYear()) {
            deciding = growth.achievedAverage(); // the geometric mean over the whole period
        }
        Double reported = periodFigure(c);
        if (reported != null) {
            deciding = reported;
            explanations.add(PERIOD_FIGURE);
        }
        FinalVerdict verdict = verdict(c, deciding);
        explain(c, result, verdict, null, explanations);
        return new Scored(result, new Assessment(verdict, forward, growth, null, null, null, bounds(target),
                target.area(), explanations));
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
        if (target.periodIndicator() != null) {
            // A running total reported directly; its latest year up to T.
            Map<Integer, Observation> running = c.annualOf(target.periodIndicator());
            if (!running.isEmpty()) {
                Map.Entry<Integer, Observation> last = ((TreeMap<Integer, Observation>) running).lastEntry();
                if (last.getKey() > base) {
                    latest = last.getKey();
                    toDate = last.getValue().value();
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
        FinalVerdict verdict = verdict(c, latest == targetYear ? toDate : null);
        explain(c, result, verdict, null, explanations);
        return new Scored(result, new Assessment(verdict, null, null, total, null, null, bounds(target),
                target.area(), explanations));
    }

    // --- a milestone ---

    private static Scored milestone(Context c) {
        PlanTarget target = c.target();
        Optional<java.time.LocalDate> doneOn = c.annual().values().stream()
                .filter(o -> target.targetValue() == null
                        || (target.direction() == Direction.INCREASE ? o.value() >= target.targetValue()
                        : o.value() <= target.targetValue()))
                .map(o -> o.published() != null ? o.published()
                        : LocalDate.of(Integer.parseInt(o.period()), 12, 31))
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
