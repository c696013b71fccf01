package org.planscore.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowProblem;
import org.planscore.store.Observation;

/**
 * The widths of the observation table's text columns (db/migration/common/V2): a figure whose area, source or
 * other text is longer than its column is a bad row of the file, listed with the reason, not a database error
 * that would fail the whole import.
 */
public final class StoredWidths {

    private static final int SHOWN_CHARS = 80;

    private StoredWidths() {
    }

    /** {@code item} with every observation that does not fit moved to its problems; null stays null. */
    public static ImportItem check(ImportItem item) {
        if (item == null || item.observations().isEmpty()) {
            return item;
        }
        List<Observation> kept = new ArrayList<>();
        List<SourceLocation> keptAt = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>(item.problems());
        for (int i = 0; i < item.observations().size(); i++) {
            Observation o = item.observations().get(i);
            SourceLocation at = item.locations().get(i);
            List<RowProblem> tooLong = tooLong(o, at);
            if (tooLong.isEmpty()) {
                kept.add(o);
                keptAt.add(at);
            } else {
                problems.addAll(tooLong);
            }
        }
        if (kept.size() == item.observations().size()) {
            return item;
        }
        String raw = item.rawText() != null ? item.rawText() : String.join(",", item.observations().get(0).indicator(),
                shorten(item.observations().get(0).area()), item.observations().get(0).period());
        return new ImportItem(item.row(), kept, keptAt, problems, raw);
    }

    /** A text column of the observation table and its width. */
    private record Column(String name, int width, Function<Observation, String> text) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("indicator", 200, Observation::indicator),
            new Column("area", 200, Observation::area), new Column("period", 20, Observation::period),
            new Column("unit", 100, Observation::unit), new Column("source", 4000, Observation::source),
            new Column("note", 4000, Observation::note));

    /** Checked for every figure imported: nothing is allocated for one that fits. */
    private static List<RowProblem> tooLong(Observation o, SourceLocation at) {
        List<RowProblem> problems = List.of();
        for (Column column : COLUMNS) {
            String text = column.text().apply(o);
            if (text != null && text.length() > column.width()) {
                if (problems.isEmpty()) {
                    problems = new ArrayList<>();
                }
                SourceLocation cell = at.atColumn(column.name());
                problems.add(new RowProblem(cell, shorten(text), Bilingual.of("row.tooLong", column.name(),
                        shorten(text), cell.describe().vi(), cell.describe().en(), text.length(), column.width())));
            }
        }
        return problems;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }
}
