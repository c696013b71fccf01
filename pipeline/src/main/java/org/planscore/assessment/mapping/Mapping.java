package org.planscore.assessment.mapping;

import java.util.List;

import org.planscore.plan.LocalizedText;

/**
 * A declared correspondence from figures the source profiles read (a statistics office's measure) to a plan
 * indicator, where the definitions agree: which source measures (one, or several of the same file, area and period
 * that add up), how to convert them, and the one-line definition note the report prints beside the figure.
 * Loaded from {@code config/mappings/*.yml} by {@link MappingLoader}.
 *
 * @param id            unique name, cited in the scorecard
 * @param indicator     the plan indicator fed (the code the plan's targets use)
 * @param from          source indicator codes; several are added up (same file, area, period and vintage)
 * @param fromUnit      only source figures in this unit are used (another unit means another measure); or null
 * @param unit          the unit of the derived figure, the plan's
 * @param indexToGrowth the source is an index on the same period of the previous year (= 100): 110.5 → 10.5 %
 * @param factor        multiplies the (summed, index-converted) value: 0.001 from million to billion
 * @param periods       which source periods feed what: the year's figure, or year-to-date figures (month N of a
 *                      year gives the plan's part-year code {@code INDICATOR_NM} for the execution pace)
 * @param rank          added to the source's rank when this figure competes with another for the same year:
 *                      negative when the definition differs from the plan's, so a figure of the plan's own
 *                      definition wins whenever one is reported
 * @param note          the definition note, Vietnamese and English
 * @param file          the file it was declared in, for messages
 * @param line          its line there
 */
public record Mapping(String id, String indicator, List<String> from, String fromUnit, String unit,
                      boolean indexToGrowth, double factor, Periods periods, int rank, LocalizedText note,
                      String file, int line) {

    public Mapping {
        from = List.copyOf(from);
    }

    /** Which source periods a mapping reads. */
    public enum Periods {
        /** a year's figure (period YYYY) feeds the plan indicator for that year */
        YEAR,
        /** a figure cumulated from January to month N (period YYYY-MM) feeds {@code INDICATOR_NM} for the year */
        YEAR_TO_DATE
    }

    /** The value a source figure (or the sum of the source figures) stands for in the plan's terms. */
    public double convert(double value) {
        return (indexToGrowth ? value - 100.0 : value) * factor;
    }
}
