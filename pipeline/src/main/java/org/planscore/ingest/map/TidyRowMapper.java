package org.planscore.ingest.map;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.SourceLocation;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.TableHeader;
import org.planscore.ingest.text.NumberStyle;
import org.planscore.ingest.text.VnText;
import org.planscore.scoring.EventDate;
import org.planscore.scoring.ValueBound;
import org.planscore.store.Observation;
import org.planscore.store.Vintage;
import org.planscore.support.StrictDecimal;

/**
 * Turns a raw row of the tidy format into an observation, or into the list of every problem it has (not only the
 * first), each naming its cell, so the analyst can fix the row in one go.
 */
public final class TidyRowMapper implements RowMapper {

    private final String fileSha256;
    private final boolean decimalCommas;
    private TableHeader header;
    private TidyColumns columns;

    /** @param written how the file's text writes decimals, when its figures show it (null: as documented, "."). */
    public TidyRowMapper(String fileSha256, NumberStyle written) {
        this.fileSha256 = fileSha256;
        this.decimalCommas = written == NumberStyle.VN;
    }

    @Override
    public ImportItem map(RawRow row) {
        if (row.header() != header) {
            header = row.header();
            columns = TidyColumns.of(header, header.file());
        }
        SourceLocation at = new SourceLocation(header.file(), header.sheet(), row.row(), null);
        List<RowProblem> problems = new ArrayList<>();

        String indicator = required(row, columns.indicator(), "indicator", at, problems);
        if (!indicator.isEmpty() && !TidyCellShapes.indicator(indicator)) {
            problems.add(problem(at, "indicator", indicator, "row.badIndicator"));
        }
        String area = required(row, columns.area(), "area", at, problems);
        String period = TidyCellShapes.withoutFirstOfMonth(required(row, columns.period(), "period", at, problems));
        if (!period.isEmpty() && !TidyCellShapes.period(period)) {
            problems.add(problem(at, "period", period, "row.badPeriod"));
        }
        String valueText = required(row, columns.value(), "value", at, problems);
        String unit = required(row, columns.unit(), "unit", at, problems);
        Double value = null;
        if (!valueText.isEmpty()) {
            // An event's date (unit "date": 2025-05-13, or 2025-04 when only the month is known) is stored as a number.
            value = EventDate.UNIT.equalsIgnoreCase(unit) ? EventDate.encode(valueText)
                    : parseDecimal(decimalCommas && TidyCellShapes.decimalComma(valueText.strip())
                            ? valueText.replace(',', '.') : valueText);
            if (value == null) {
                problems.add(problem(at, "value", valueText, "row.badValue"));
            }
        }
        Vintage vintage = Vintage.OFFICIAL;
        String vintageText = optional(row, columns.vintage());
        if (!vintageText.isEmpty()) {
            Optional<Vintage> parsed = Vintage.parse(vintageText);
            if (parsed.isEmpty()) {
                problems.add(problem(at, "vintage", vintageText, "row.badVintage"));
            } else {
                vintage = parsed.get();
            }
        }
        String source = optional(row, columns.source());
        String note = optional(row, columns.note());
        formulaText(at, "area", area, problems);
        formulaText(at, "unit", unit, problems);
        // Citations and notes are free text ("= 18,362.8 mn USD" is a note, not a formula): kept as written; every
        // writer of spreadsheets puts them in as text, never as formulas.
        LocalDate published = null;
        String publishedText = optional(row, columns.published());
        if (!publishedText.isEmpty()) {
            try {
                published = LocalDate.parse(publishedText);
            } catch (DateTimeParseException e) {
                problems.add(problem(at, "published", publishedText, "row.badDate"));
            }
        }

        ValueBound bound = null;
        String boundText = optional(row, columns.bound());
        if (!boundText.isEmpty()) {
            Optional<ValueBound> parsed = ValueBound.parse(boundText);
            if (parsed.isEmpty()) {
                problems.add(problem(at, "bound", boundText, "row.badBound"));
            } else {
                bound = parsed.get();
            }
        }
        LocalDate coversTo = null;
        String coversText = optional(row, columns.coversTo());
        if (!coversText.isEmpty()) {
            try {
                coversTo = LocalDate.parse(coversText);
            } catch (DateTimeParseException e) {
                problems.add(problem(at, "covers_to", coversText, "row.badDate"));
            }
        }
        String definition = optional(row, columns.definition());

        if (!problems.isEmpty()) {
            return ImportItem.rejected(row.row(), problems, String.join(",", row.cells()));
        }
        // A figure without a citation still keeps one: the file it came from.
        String citation = source.isEmpty() ? "file:" + header.file() : source;
        return ImportItem.accepted(row.row(), new Observation(indicator, area, period, value, unit, vintage, citation,
                note.isEmpty() ? null : note, published, fileSha256, row.row(), bound, coversTo,
                definition.isEmpty() ? null : definition), at.atColumn("value"));
    }

    /** Dot decimal, as the tidy format documents it; no thousands separators, no NaN or infinities. */
    static Double parseDecimal(String text) {
        String compact = text.replace("\u00A0", "").replace(" ", "");
        if (!StrictDecimal.matches(compact)) {
            return null;
        }
        double value = Double.parseDouble(compact);
        return Double.isFinite(value) ? value : null;
    }

    /** An area or unit that a spreadsheet would run as a formula is no area or unit: the row is refused. */
    private static void formulaText(SourceLocation at, String column, String value, List<RowProblem> problems) {
        if (VnText.looksLikeFormula(value)) {
            problems.add(problem(at, column, value, "row.formulaText"));
        }
    }

    private static String required(RawRow row, int column, String name, SourceLocation at, List<RowProblem> problems) {
        String value = row.cell(column).strip();
        if (value.isEmpty()) {
            problems.add(problem(at, name, value, "row.missing"));
        }
        return value;
    }

    private static String optional(RawRow row, int column) {
        return column < 0 ? "" : row.cell(column).strip();
    }

    private static RowProblem problem(SourceLocation at, String column, String value, String key) {
        SourceLocation cell = at.atColumn(column);
        return new RowProblem(cell, value, Bilingual.of(key, column, value, cell.describe().vi(), cell.describe().en()));
    }
}
