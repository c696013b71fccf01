package org.planscore.ingest.header;

import java.util.List;
import java.util.Optional;

import org.planscore.ingest.text.UnitText;
import org.planscore.ingest.text.VnText;
import org.planscore.store.Vintage;

/**
 * What a figure column of a locality table means, read from its joined header text and the table's title, never
 * from its position: the period and what it covers, the vintage the words state, the kind of measure and the unit.
 *
 * @param period  the period and coverage
 * @param vintage the vintage stated in the header or title, or null (the profile's default applies)
 * @param kind    level, plan, % of plan, index …
 * @param unit    the unit: one written in the header ("(Triệu USD)", "(%)"), "%" for a percentage or index, else
 *                the table's unit line (of a list such as "Dự án; Triệu USD", the one the header names, else the
 *                first that is neither "%" nor a count of projects); null when nothing says
 */
public record HeaderMeaning(PeriodPhrase.Found period, Vintage vintage, MeasureKind kind, String unit) {

    /**
     * @param header     the column's header pieces joined with spaces
     * @param title      the table's title lines
     * @param tableUnits the units of the table's unit line, in order (may be empty)
     */
    public static Optional<HeaderMeaning> read(String header, String title, List<String> tableUnits) {
        Optional<PeriodPhrase.Found> period = PeriodPhrase.of(header, title);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        String folded = VnText.fold(header);
        MeasureKind kind = MeasureKind.of(folded, period.get().period().year());
        Vintage vintage = VintagePhrase.in(folded).or(() -> VintagePhrase.in(VnText.fold(title))).orElse(null);
        return Optional.of(new HeaderMeaning(period.get(), vintage, kind, unit(header, folded, kind, tableUnits)));
    }

    /** The unit of a column: its own, "%" for a percentage or index, else the table's (see the record's doc). */
    public static String unit(String header, String folded, MeasureKind kind, List<String> tableUnits) {
        List<String> own = UnitText.findIn(header);
        if (!own.isEmpty()) {
            return own.get(own.size() - 1);
        }
        if (kind.isPercent()) {
            return "%";
        }
        for (String unit : tableUnits) {
            if ("projects".equals(unit) && folded.contains("du an")) {
                return unit;
            }
        }
        for (String unit : tableUnits) {
            if (!"%".equals(unit) && !"projects".equals(unit)) {
                return unit;
            }
        }
        return tableUnits.isEmpty() ? null : tableUnits.get(0);
    }
}
