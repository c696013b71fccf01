package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.CityVerdict;
import org.planscore.plan.LocalizedText;
import org.planscore.scoring.Verdict;

/**
 * The section "our verdicts and the city's", year by year: the city's own count where the catalogue gives one, the
 * city's verdicts on the targets it judged, ours on the same targets, and each difference. Built from the main
 * targets' {@code city_verdict}/{@code city_note} and the plan's yearly counts ({@link PlanReading#cityYears()}).
 */
public record CityComparison(List<Year> years) {

    public CityComparison {
        years = List.copyOf(years);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    /**
     * One year.
     *
     * @param year        the year the city assessed
     * @param cityCount   the city's own count of that year ("x/y targets met"), or null when the catalogue has none
     * @param judged      our main targets of that year the city judged (by a city verdict, or by naming it missed)
     * @param cityMet     how many of {@code judged} the city found met
     * @param ourMet      how many of {@code judged} we find achieved
     * @param ourMissed   how many of {@code judged} we find not achieved
     * @param differences one per target where the city's verdict and ours differ, and one per missed target the
     *                    city named that the catalogue does not hold
     */
    public record Year(int year, CityYearCount cityCount, int judged, int cityMet, int ourMet, int ourMissed,
                       List<Difference> differences) {
        public Year {
            differences = List.copyOf(differences);
        }

        /** Judged targets without a final verdict of ours (no deciding figure yet, or still open). */
        public int ourUndecided() {
            return judged - ourMet - ourMissed;
        }
    }

    /**
     * A difference: on a target we hold ({@code target} set) the city's verdict against ours with the catalogue's
     * explanation, if any; or a missed target the city named that we do not hold ({@code target} null, its name in
     * {@code cityName}).
     */
    public record Difference(ScoredTarget target, CityVerdict city, Verdict ours, LocalizedText note,
                             String cityName) {
        public boolean notHeld() {
            return target == null;
        }
    }

    /** The comparison on the report's main targets. */
    public static CityComparison of(ReportModel model, PlanReading reading) {
        List<ScoredTarget> main = reading.mainOnly(model).targets();
        Map<Integer, CityYearCount> counts = new TreeMap<>();
        reading.cityYears().forEach(count -> counts.put(count.year(), count));
        TreeSet<Integer> years = new TreeSet<>(counts.keySet());
        main.stream().filter(t -> t.target().cityVerdict() != null).forEach(t -> years.add(t.target().targetYear()));

        List<Year> result = new ArrayList<>();
        for (int year : years) {
            CityYearCount count = counts.get(year);
            List<String> namedMissed = count == null ? List.of() : count.missed();
            int judged = 0;
            int cityMet = 0;
            int ourMet = 0;
            int ourMissed = 0;
            List<Difference> differences = new ArrayList<>();
            for (ScoredTarget target : main) {
                if (target.target().targetYear() != year) {
                    continue;
                }
                Optional<CityVerdict> city = cityVerdict(target, namedMissed);
                if (city.isEmpty()) {
                    continue;
                }
                Verdict ours = target.assessment().verdictValue();
                judged++;
                cityMet += city.get() == CityVerdict.ACHIEVED ? 1 : 0;
                ourMet += ours == Verdict.ACHIEVED ? 1 : 0;
                ourMissed += ours == Verdict.NOT_ACHIEVED ? 1 : 0;
                if (!agrees(city.get(), ours)) {
                    differences.add(new Difference(target, city.get(), ours, target.target().cityNote(), null));
                }
            }
            for (String named : namedMissed) {
                boolean held = main.stream().anyMatch(t -> t.target().id().equals(named));
                if (!held) {
                    differences.add(new Difference(null, CityVerdict.NOT_ACHIEVED, null, null, named));
                }
            }
            result.add(new Year(year, count, judged, cityMet, ourMet, ourMissed, differences));
        }
        return new CityComparison(result);
    }

    /** The catalogue's city verdict for the target, else "not achieved" when the city's review named it missed. */
    private static Optional<CityVerdict> cityVerdict(ScoredTarget target, List<String> namedMissed) {
        if (target.target().cityVerdict() != null) {
            return Optional.of(target.target().cityVerdict());
        }
        return namedMissed.contains(target.target().id()) ? Optional.of(CityVerdict.NOT_ACHIEVED) : Optional.empty();
    }

    static boolean agrees(CityVerdict city, Verdict ours) {
        return (city == CityVerdict.ACHIEVED && ours == Verdict.ACHIEVED)
                || (city == CityVerdict.NOT_ACHIEVED && ours == Verdict.NOT_ACHIEVED);
    }
}
