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
 * The one figure per year that scoring uses, out of every figure stored for an indicator:
 * <ul>
 * <li>perimeter: only figures of the target's area, compared by {@link AreaKey}, so that figures of the merged city
 *     ("Hải Phòng (hợp nhất)", from 1 July 2025) never join a series of the former city ("Hải Phòng") or the
 *     reverse;</li>
 * <li>as-of: only figures known at the as-of date: published on or before it when the publication date is known,
 *     else of a period up to the as-of year; never a period after the as-of year;</li>
 * <li>for a year with several figures the most final vintage wins, then the one published last, then the one
 *     imported last (the newest word on it).</li>
 * </ul>
 */
public final class AnnualSeries {

    private static final Comparator<StoredObservation> PREFERENCE = Comparator
            .comparing((StoredObservation s) -> vintageRank(s.observation().vintage()))
            .thenComparing(s -> s.observation().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(StoredObservation::id);

    private AnnualSeries() {
    }

    public static Map<Integer, Observation> select(List<StoredObservation> stored, String area, LocalDate asOf) {
        String areaKey = AreaKey.of(area);
        return stored.stream()
                .filter(s -> isAnnual(s.observation().period()))
                .filter(s -> knownAt(s.observation(), asOf))
                .filter(s -> AreaKey.of(s.observation().area()).equals(areaKey))
                .collect(Collectors.groupingBy(AnnualSeries::year, TreeMap::new,
                        Collectors.collectingAndThen(Collectors.maxBy(PREFERENCE), AnnualSeries::observation)));
    }

    /** Whether a figure was known at the as-of date: by its publication date when known, else by its period. */
    static boolean knownAt(Observation o, LocalDate asOf) {
        if (year(o) > asOf.getYear()) {
            return false;
        }
        return o.published() == null || !o.published().isAfter(asOf);
    }

    private static Observation observation(Optional<StoredObservation> best) {
        return best.map(StoredObservation::observation).orElseThrow();
    }

    private static int year(StoredObservation stored) {
        return year(stored.observation());
    }

    private static int year(Observation observation) {
        return Integer.parseInt(observation.period().substring(0, 4));
    }

    private static boolean isAnnual(String period) {
        return period.length() == 4;
    }

    private static int vintageRank(Vintage vintage) {
        return vintage.ordinal();
    }
}
