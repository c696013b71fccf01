package org.planscore.render.text;

import java.util.Comparator;
import java.util.Optional;

import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;

/**
 * The figures every renderer shows for a target, read once with the fall-backs in one place: the years the scoring
 * used, the values as reported in those years (never the index a growth target is scored on), and the latest
 * reported figure when scoring used none.
 */
public record TargetFacts(ProgressStatus status, Double score, Double progressValue,
                          Integer baseYear, Double baseValue,
                          Integer latestYear, Double latestValue, String latestVintage) {

    public static TargetFacts of(ScoredTarget scored) {
        ProgressResult result = scored.result();
        ProgressStatus status = result == null || result.status() == null
                ? ProgressStatus.NOT_AVAILABLE : result.status();
        Integer baseYear = result != null && result.baseYearUsed() != null
                ? result.baseYearUsed() : Integer.valueOf(scored.target().baseYear());
        Double baseValue = scored.reportedIn(baseYear).map(ObservationPoint::value).orElse(null);
        Integer latestYear = result == null ? null : result.currentYear();
        Double latestValue = scored.reportedIn(latestYear).map(ObservationPoint::value).orElse(null);
        if (latestValue == null) {
            Optional<ObservationPoint> last = scored.series().stream()
                    .max(Comparator.comparingInt(ObservationPoint::year));
            latestYear = last.map(ObservationPoint::year).orElse(null);
            latestValue = last.map(ObservationPoint::value).orElse(null);
        }
        String vintage = vintageOf(scored, latestYear);
        return new TargetFacts(status, result == null ? null : result.score(),
                result == null ? null : result.progressValue(),
                baseYear, baseValue, latestYear, latestValue, vintage);
    }

    public boolean hasData() {
        return latestValue != null;
    }

    private static String vintageOf(ScoredTarget scored, Integer year) {
        if (year == null) {
            return null;
        }
        return scored.series().stream()
                .filter(p -> p.year() == year)
                .map(ObservationPoint::vintage)
                .findFirst().orElse(null);
    }
}
