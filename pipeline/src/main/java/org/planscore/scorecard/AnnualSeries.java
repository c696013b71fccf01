package org.planscore.scorecard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.planscore.ingest.Observation;
import org.planscore.ingest.Vintage;
import org.planscore.store.StoredObservation;

/**
 * The one figure per year that scoring uses, out of every figure stored for an indicator: annual periods of the
 * target's area up to the as-of year; for a year with several figures the most final vintage wins, and among
 * equals the one imported last (the newest word on it).
 */
public final class AnnualSeries {

    private static final Comparator<StoredObservation> PREFERENCE = Comparator
            .comparing((StoredObservation s) -> vintageRank(s.observation().vintage()))
            .thenComparingLong(StoredObservation::id);

    private AnnualSeries() {
    }

    public static Map<Integer, Observation> select(List<StoredObservation> stored, String area, LocalDate asOf) {
        String areaKey = AreaKey.of(area);
        return stored.stream()
                .filter(s -> isAnnual(s.observation().period()))
                .filter(s -> year(s.observation()) <= asOf.getYear())
                .filter(s -> AreaKey.of(s.observation().area()).equals(areaKey))
                .collect(Collectors.groupingBy(AnnualSeries::year, TreeMap::new,
                        Collectors.collectingAndThen(Collectors.maxBy(PREFERENCE), AnnualSeries::observation)));
    }

    private static Observation observation(Optional<StoredObservation> best) {
        return best.map(StoredObservation::observation).orElseThrow();
    }

    private static int year(StoredObservation stored) {
        return year(stored.observation());
    }

    private static int year(Observation observation) {
        return Integer.parseInt(observation.period());
    }

    private static boolean isAnnual(String period) {
        return period.length() == 4;
    }

    private static int vintageRank(Vintage vintage) {
        return vintage.ordinal();
    }
}
