package org.planscore.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One indicator measured by several series (SCORING.md §1, last rules): the score is the mean of the series scores
 * that are not null, the status comes from that mean, and "target achieved" needs every scored series to achieve it.
 *
 * @param score         the mean score, or null when no series has a score
 * @param status        the status from the mean; NOT_AVAILABLE when no series has a score
 * @param scoredSeries  how many series entered the mean
 */
public record IndicatorAggregate(Double score, ProgressStatus status, int scoredSeries) {

    public IndicatorAggregate {
        Objects.requireNonNull(status, "status");
    }

    public static IndicatorAggregate of(List<ProgressResult> seriesResults) {
        double sum = 0;
        int scored = 0;
        boolean allAchieved = true;
        for (ProgressResult result : seriesResults) {
            if (result.score() == null) {
                continue; // §1: only non-null series scores enter the mean
            }
            sum += result.score();
            scored++;
            allAchieved &= result.status() == ProgressStatus.TARGET_ACHIEVED;
        }
        if (scored == 0) {
            // The peer leaves the status empty here; "not available" says the same in our vocabulary.
            return new IndicatorAggregate(null, ProgressStatus.NOT_AVAILABLE, 0);
        }
        double mean = sum / scored;
        ProgressStatus status = allAchieved ? ProgressStatus.TARGET_ACHIEVED : statusOfScore(mean);
        return new IndicatorAggregate(mean, status, scored);
    }

    /** §1: the score range split in four equal bands, lower bounds inclusive. */
    static ProgressStatus statusOfScore(double score) {
        if (score >= 2.5) {
            return ProgressStatus.SUBSTANTIAL_PROGRESS;
        }
        if (score >= 0) {
            return ProgressStatus.MODERATE_PROGRESS;
        }
        if (score >= -2.5) {
            return ProgressStatus.LIMITED_PROGRESS;
        }
        return ProgressStatus.DETERIORATION;
    }
}
