package org.planscore.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;
import org.planscore.store.Vintage;

/**
 * The one figure per year that scoring uses, out of every figure stored for an indicator:
 * <ul>
 * <li>perimeter: only figures of the target's area, compared by {@link AreaKey}, so that figures of the merged city
 *     ("Hải Phòng (hợp nhất)", from 1 July 2025) never join a series of the former city ("Hải Phòng") or the
 *     reverse;</li>
 * <li>as-of: only figures known at the as-of date: published on or before it when the publication date is known,
 *     else of a period up to the as-of year; never a period after the as-of year;</li>
 * <li>for a year with several figures (two sources, two vintages, a figure stored and one a mapping derives) one
 *     rule picks one: the most final vintage (official over preliminary over estimate), then the higher source rank
 *     (config/mappings: a statistics office above a newspaper; a mapped figure of another definition below a direct
 *     one), then the one published last, then the one imported last (the newest word on it). The others are kept,
 *     each with the first of these criteria on which it lost, for the report to show.</li>
 * </ul>
 */
public final class AnnualSeries {

    /** Why a figure was not chosen for its year: the first criterion of the rule on which it lost. */
    public enum Reason {
        VINTAGE, RANK, PUBLISHED, IMPORTED
    }

    /** A figure not chosen, and why. */
    public record Passed(StoredObservation figure, Reason reason) {
    }

    /** The figure chosen for a year, and the others of that year. */
    public record Choice(StoredObservation chosen, List<Passed> others) {
    }

    private AnnualSeries() {
    }

    public static Map<Integer, Observation> select(List<StoredObservation> stored, String area, LocalDate asOf) {
        return select(stored, area, asOf, s -> 0);
    }

    public static Map<Integer, Observation> select(List<StoredObservation> stored, String area, LocalDate asOf,
                                                   ToIntFunction<StoredObservation> rank) {
        Map<Integer, Observation> chosen = new TreeMap<>();
        choose(stored, area, asOf, rank).forEach((year, c) -> chosen.put(year, c.chosen().observation()));
        return chosen;
    }

    /** Per year, the figure the rule picks and every other candidate with the reason it lost. */
    public static TreeMap<Integer, Choice> choose(List<StoredObservation> stored, String area, LocalDate asOf,
                                                  ToIntFunction<StoredObservation> rank) {
        String areaKey = AreaKey.of(area);
        Comparator<StoredObservation> preference = preference(rank);
        Map<Integer, List<StoredObservation>> byYear = stored.stream()
                .filter(s -> isAnnual(s.observation().period()))
                .filter(s -> knownAt(s.observation(), asOf))
                .filter(s -> AreaKey.of(s.observation().area()).equals(areaKey))
                .collect(Collectors.groupingBy(AnnualSeries::year, TreeMap::new, Collectors.toList()));
        TreeMap<Integer, Choice> choices = new TreeMap<>();
        byYear.forEach((year, candidates) -> {
            List<StoredObservation> ordered = new ArrayList<>(candidates);
            ordered.sort(preference.reversed());
            StoredObservation best = ordered.get(0);
            List<Passed> others = new ArrayList<>();
            for (StoredObservation other : ordered.subList(1, ordered.size())) {
                others.add(new Passed(other, reason(best, other, rank)));
            }
            choices.put(year, new Choice(best, others));
        });
        return choices;
    }

    private static Comparator<StoredObservation> preference(ToIntFunction<StoredObservation> rank) {
        return Comparator.comparing((StoredObservation s) -> vintageRank(s.observation().vintage()))
                .thenComparingInt(rank)
                .thenComparing(s -> s.observation().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(StoredObservation::id);
    }

    private static Reason reason(StoredObservation best, StoredObservation other, ToIntFunction<StoredObservation> rank) {
        if (best.observation().vintage() != other.observation().vintage()) {
            return Reason.VINTAGE;
        }
        if (rank.applyAsInt(best) != rank.applyAsInt(other)) {
            return Reason.RANK;
        }
        if (!Objects.equals(best.observation().published(), other.observation().published())) {
            return Reason.PUBLISHED;
        }
        return Reason.IMPORTED;
    }

    /** Whether a figure was known at the as-of date: by its publication date when known, else by its period. */
    static boolean knownAt(Observation o, LocalDate asOf) {
        if (year(o) > asOf.getYear()) {
            return false;
        }
        return o.published() == null || !o.published().isAfter(asOf);
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
