package org.planscore.render.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.planscore.assessment.ObservationPoint;
import org.planscore.render.text.ReportTexts;

/**
 * The figures of a year that the selection rule did not use, for the scorecard's figures sheet, each with its value,
 * vintage, source (and cell) and why it was not chosen: "4,6 bn USD, ước tính, cafef.vn…: nguồn được xếp hạng thấp
 * hơn | …". Null when there were none.
 */
final class OtherFigures {

    private OtherFigures() {
    }

    static String describe(ObservationPoint point, ReportTexts texts) {
        if (point.others().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (ObservationPoint.OtherFigure other : point.others()) {
            String vintage = texts.vintage(other.vintage());
            String source = other.cell() == null ? other.source()
                    : texts.format("figures.cell", other.source(), other.cell());
            parts.add(texts.quantity(other.value(), other.unit()) + ", " + (vintage == null ? other.vintage() : vintage)
                    + ", " + source + ": " + texts.text("figures.why." + other.reason()));
        }
        return String.join(" | ", parts);
    }
}
