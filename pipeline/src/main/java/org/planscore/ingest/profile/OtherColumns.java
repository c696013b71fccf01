package org.planscore.ingest.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.planscore.ingest.header.HeaderMeaning;
import org.planscore.ingest.header.MeasureKind;
import org.planscore.ingest.header.TitleSlug;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.text.NumberStyle;
import org.planscore.ingest.text.VnNumber;
import org.planscore.ingest.text.VnText;
import org.planscore.store.Vintage;

/**
 * The figure columns of a locality table that no measure of its profile takes, each read by what its header means
 * ({@link HeaderMeaning}): the indicator is the table's code plus the kind's suffix ("STATE_BUDGET_INVEST" +
 * "_YOY_INDEX"). A column whose header names no period is left out. When two columns would give the same code,
 * period and vintage (the area, yield and output of a crop, all "2019"), each gets its own header words as well
 * ("…__DIEN_TICH"), so no figure overwrites another.
 */
final class OtherColumns {

    private static final Map<MeasureKind, String> NOTES = Map.of(
            MeasureKind.PLAN_PCT, "% of the year's plan (index value)",
            MeasureKind.YOY_INDEX, "same period of the previous year = 100",
            MeasureKind.MOM_INDEX, "previous month = 100",
            MeasureKind.PLAN, "the year's plan",
            MeasureKind.CHANGE, "change on the period compared with, in the figure's unit");

    private OtherColumns() {
    }

    static List<TableLayout.Column> read(SourceProfile profile, String base, List<String> headers, Set<Integer> taken,
                                         int labelColumn, List<RawRow> dataRows, String title, List<String> tableUnits) {
        List<TableLayout.Column> columns = new ArrayList<>();
        List<String> ownWords = new ArrayList<>();
        for (int c = labelColumn + 1; c < headers.size(); c++) {
            String header = headers.get(c);
            if (taken.contains(c) || header.isBlank() || !holdsNumbers(dataRows, c)) {
                continue;
            }
            Optional<HeaderMeaning> meaning = HeaderMeaning.read(header, title, tableUnits);
            if (meaning.isEmpty()) {
                continue;
            }
            HeaderMeaning m = meaning.get();
            Vintage vintage = m.vintage() != null ? m.vintage()
                    : TableLocator.vintage(profile, VnText.fold(header), VnText.fold(title));
            String unit = m.unit() != null ? m.unit() : profile.defaultUnit() != null ? profile.defaultUnit() : "unstated";
            taken.add(c);
            columns.add(new TableLayout.Column(c, -1, base + m.kind().suffix(), m.period().period(), "auto", unit,
                    vintage, 0, NOTES.get(m.kind()), m.period().coverage(), m.kind()));
            ownWords.add(TitleSlug.columnWords(header));
        }
        // Same code, period and vintage twice: tell the columns apart by their own header words.
        Map<String, Integer> seen = new HashMap<>();
        for (TableLayout.Column col : columns) {
            seen.merge(key(col), 1, Integer::sum);
        }
        List<TableLayout.Column> distinct = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableLayout.Column col = columns.get(i);
            if (seen.get(key(col)) > 1) {
                col = new TableLayout.Column(col.index(), col.spill(), col.indicator() + "__" + ownWords.get(i),
                        col.period(), col.mode(), col.unit(), col.vintage(), col.shift(), col.note(), col.coverage(),
                        col.kind());
            }
            distinct.add(col);
        }
        return distinct;
    }

    private static String key(TableLayout.Column col) {
        return col.indicator() + "|" + col.period().code() + "|" + col.coverage() + "|" + col.vintage();
    }

    /** Some data row holds a number in the column (a spacer column, or one of labels, does not). */
    private static boolean holdsNumbers(List<RawRow> dataRows, int column) {
        for (RawRow r : dataRows) {
            if (TableLocator.labelColumn(r) >= 0 && VnNumber.parse(r.cell(column), NumberStyle.AUTO) instanceof VnNumber.Value) {
                return true;
            }
        }
        return false;
    }
}
