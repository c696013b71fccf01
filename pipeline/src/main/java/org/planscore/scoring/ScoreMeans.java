package org.planscore.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregation indicator → pillar → plan with the Open SDG rule (SCORING.md §1, several series): at each level the
 * score is the mean of the scores below it that are not null, and the status comes from that mean (≥ 2.5
 * substantial, ≥ 0 moderate, ≥ −2.5 limited, else deterioration; target achieved only when everything below is).
 * Targets of one indicator first form the indicator (as series do), indicators form the pillar, pillars the plan.
 */
public final class ScoreMeans {

    /** One scored target: the pillar and indicator it belongs to and its result (score may be null). */
    public record Item(String pillar, String indicator, ProgressStatus status, Double score) {
    }

    /** A pillar's mean over its indicators, and how many indicators had a score. */
    public record PillarMean(String pillar, IndicatorAggregate mean, int indicators) {
    }

    /** The plan's mean over its pillars, and each pillar's. */
    public record PlanMean(IndicatorAggregate plan, List<PillarMean> pillars) {
    }

    private ScoreMeans() {
    }

    public static PlanMean of(List<Item> items, List<String> pillarOrder) {
        Map<String, Map<String, List<ProgressResult>>> tree = new LinkedHashMap<>();
        for (String pillar : pillarOrder) {
            tree.put(pillar, new LinkedHashMap<>());
        }
        for (Item item : items) {
            tree.computeIfAbsent(item.pillar(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(item.indicator(), i -> new ArrayList<>())
                    .add(new ProgressResult(null, null, null, null, null, item.status(), item.score()));
        }
        List<PillarMean> pillars = new ArrayList<>();
        List<ProgressResult> pillarResults = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<ProgressResult>>> pillar : tree.entrySet()) {
            List<ProgressResult> indicatorResults = new ArrayList<>();
            for (List<ProgressResult> targets : pillar.getValue().values()) {
                indicatorResults.add(asResult(IndicatorAggregate.of(targets)));
            }
            IndicatorAggregate mean = IndicatorAggregate.of(indicatorResults);
            pillars.add(new PillarMean(pillar.getKey(), mean, mean.scoredSeries()));
            pillarResults.add(asResult(mean));
        }
        return new PlanMean(IndicatorAggregate.of(pillarResults), pillars);
    }

    private static ProgressResult asResult(IndicatorAggregate aggregate) {
        return new ProgressResult(null, null, null, null, null, aggregate.status(), aggregate.score());
    }
}
