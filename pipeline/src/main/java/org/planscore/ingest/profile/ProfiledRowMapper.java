package org.planscore.ingest.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.SourceLocation;
import org.planscore.ingest.area.Gazetteer;
import org.planscore.ingest.header.Coverage;
import org.planscore.ingest.header.PeriodPhrase;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowMapper;
import org.planscore.ingest.map.RowProblem;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.text.NumberStyle;
import org.planscore.ingest.text.PeriodText;
import org.planscore.ingest.text.VnNumber;
import org.planscore.ingest.text.VnText;
import org.planscore.store.Observation;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the data rows of a table recognised by a profile: the area from the row's label (gazetteer), then one
 * observation per figure column. Rows whose label is no known area (regions, ministries, notes) give nothing when
 * the profile keeps areas only; "-" and ".." give no figure; a cell that should hold a number but does not (#REF!,
 * text, a formula) is reported with its cell.
 */
public final class ProfiledRowMapper implements RowMapper {

    private final TableLayout layout;
    private final NumberStyle style;
    private final Gazetteer gazetteer = Gazetteer.standard();

    public ProfiledRowMapper(TableLayout layout) {
        this.layout = layout;
        this.style = layout.context().numbers(layout.profile().numbers());
    }

    public TableLayout layout() {
        return layout;
    }

    @Override
    public ImportItem map(RawRow row) {
        int labelColumn = layout.areaColumn() >= 0 ? layout.areaColumn() : TableLocator.labelColumn(row);
        if (labelColumn < 0) {
            return null;
        }
        String label = VnText.clean(row.cell(labelColumn));
        String itemIndicator = null;
        if (layout.profile().isItems()) {
            SourceProfile.Item item = TableLocator.isItemRow(layout.profile(), row, style);
            if (item == null) {
                return null;
            }
            itemIndicator = item.indicator();
            label = layout.fixedArea();
        }
        Optional<Gazetteer.Match> match = gazetteer.find(label);
        if (match.isEmpty() && (layout.profile().areasOnly() || label.isEmpty())) {
            return null;
        }
        String area = match.map(m -> m.area().name()).orElse(label);
        String areaNote = match.map(Gazetteer.Match::note).orElse(null);
        SourceLocation at = new SourceLocation(layout.context().file(), layout.context().sheet(), row.row(), null);
        List<RowProblem> problems = new ArrayList<>();
        if (match.isEmpty() && VnText.looksLikeFormula(label)) {
            problems.add(problem(at, labelColumn, label, "row.formulaText"));
            return ImportItem.rejected(row.row(), problems, String.join(",", row.cells()));
        }
        PeriodText.Period rowPeriod = null;
        if (layout.periodColumn() >= 0) {
            rowPeriod = PeriodText.find(row.cell(layout.periodColumn())).orElse(null);
            if (rowPeriod == null) {
                problems.add(problem(at, layout.periodColumn(), row.cell(layout.periodColumn()), "row.badPeriod"));
                return ImportItem.rejected(row.row(), problems, String.join(",", row.cells()));
            }
        }
        List<Observation> observations = new ArrayList<>();
        List<SourceLocation> locations = new ArrayList<>();
        for (TableLayout.Column column : layout.columns()) {
            int index = column.index();
            String text = row.cell(index);
            if (text.isBlank() && column.spill() >= 0 && !row.cell(column.spill()).isBlank()) {
                index = column.spill();
                text = row.cell(index);
            }
            // A spreadsheet's number is plain decimal text; text cells are written by the source's locale.
            VnNumber.Result result = VnNumber.parse(text, row.isNumber(index) ? NumberStyle.AUTO : style);
            if (result instanceof VnNumber.Missing) {
                continue;
            }
            if (result instanceof VnNumber.Invalid invalid) {
                String key = switch (invalid.reason()) {
                    case "error" -> "row.cellError";
                    case "formula" -> "row.formulaText";
                    default -> "row.notNumber";
                };
                problems.add(problem(at, index, invalid.text(), key));
                continue;
            }
            VnNumber.Value value = (VnNumber.Value) result;
            PeriodText.Period period = column.period() != null ? column.period() : rowPeriod;
            String indicator = itemIndicator == null ? column.indicator()
                    : column.indicator().replace("{item}", itemIndicator);
            String periodCode;
            Coverage coverage = column.coverage() != null ? column.coverage() : PeriodPhrase.coverage(period);
            if ("month".equals(column.mode()) && period.kind() == PeriodText.Kind.MONTH) {
                periodCode = period.code();
                coverage = Coverage.MONTH;
            } else if (period.kind() == PeriodText.Kind.CUMULATIVE
                    || ("cumulative".equals(column.mode()) && period.kind() == PeriodText.Kind.MONTH)) {
                if (period.month() == 12 && layout.profile().decemberIsYear()) {
                    periodCode = Integer.toString(period.year());
                    coverage = Coverage.YEAR;
                } else {
                    periodCode = period.code();
                    indicator = indicator + layout.profile().ytdSuffix();
                    coverage = Coverage.TO_DATE;
                }
            } else {
                periodCode = period.code();
            }
            double number = VnNumber.shift(value.value(), column.shift());
            String note = join(join(column.note(), value.note()), areaNote);
            if (match.isPresent() && match.get().area().ended() != null && match.get().area().mergedInto() != null) {
                String year = periodCode.substring(0, 4);
                if (Integer.parseInt(year) >= match.get().area().ended().getYear()) {
                    note = join(note, "former province, merged into " + match.get().area().mergedInto() + " on "
                            + match.get().area().ended());
                }
            }
            String cell = new CellReference(row.row() - 1, index).formatAsString(false);
            observations.add(new Observation(indicator, area, periodCode, number, column.unit(), column.vintage(),
                    layout.source(), note, layout.published(), layout.context().fileSha256(), row.row(),
                    coverage.code(), column.kind() == null ? null : column.kind().code()));
            locations.add(at.atColumn(cell));
        }
        if (observations.isEmpty() && problems.isEmpty()) {
            return null;
        }
        return new ImportItem(row.row(), observations, locations, problems, problems.isEmpty() ? null
                : String.join(",", row.cells()));
    }

    private RowProblem problem(SourceLocation at, int column, String value, String key) {
        String cell = new CellReference(at.row() - 1, column).formatAsString(false);
        SourceLocation where = at.atColumn(cell);
        // the message names the cell first; its place then says the column as Excel heads it ("C", not "C10")
        Bilingual place = at.atColumn(CellReference.convertNumToColString(column)).describe();
        return new RowProblem(where, value, Bilingual.of(key, cell, value, place.vi(), place.en()));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }
}
