package org.planscore.assessment;

import java.util.List;

import org.planscore.plan.LocalizedText;

/**
 * One reported figure as a report shows it: the year, value, vintage (estimate/preliminary/official) and source;
 * where the value sits in its file (a cell such as "E29", "D11+E11" for a sum), when known; for a figure a mapping
 * derived from a statistics office's measure, the mapping's definition note; and the other figures of that year that
 * the selection rule did not choose.
 */
public record ObservationPoint(int year, double value, String vintage, String source, String cell,
                               LocalizedText definition, List<OtherFigure> others) {

    public ObservationPoint {
        others = others == null ? List.of() : List.copyOf(others);
    }

    public ObservationPoint(int year, double value, String vintage, String source) {
        this(year, value, vintage, source, null, null, List.of());
    }

    /**
     * A figure of the same year that was not chosen.
     *
     * @param reason the first criterion of the selection rule on which it lost: vintage, rank, published, imported
     */
    public record OtherFigure(double value, String unit, String vintage, String source, String cell,
                              LocalizedText definition, String reason) {
    }
}
