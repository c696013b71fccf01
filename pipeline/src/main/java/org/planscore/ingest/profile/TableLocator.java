package org.planscore.ingest.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.area.Gazetteer;
import org.planscore.ingest.header.HeaderMeaning;
import org.planscore.ingest.header.MeasureKind;
import org.planscore.ingest.header.PeriodPhrase;
import org.planscore.ingest.header.TitleSlug;
import org.planscore.ingest.header.VintagePhrase;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.TableHeader;
import org.planscore.ingest.text.NumberStyle;
import org.planscore.ingest.text.PeriodText;
import org.planscore.ingest.text.UnitText;
import org.planscore.ingest.text.VnNumber;
import org.planscore.ingest.text.VnText;
import org.planscore.store.Vintage;

/**
 * Tries a profile on the first rows of a sheet. For the {@code table} layout the first data row is the first row
 * whose label names a known area (or the whole country) and that holds a number; everything above it is title and
 * header: the title phrases are looked for there, the unit is the cell that names one, and each column's header
 * text is what stands above it (header rows split over several rows, merged or not, are joined; a row numbering the
 * columns "A, B, 1, 2…" is left out). For the {@code long} layout the header is the row naming the area and period
 * columns.
 */
public final class TableLocator {

    /** A row number or code before a row's label: "16", "16.0", "II", "b)", a province code "031". */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(\\.0)?\\.?|[IVXivx]{1,4}\\.?|[a-zA-Z][.)]");
    /** A row number and a code (STT, Mã tỉnh) may stand before the label. */
    private static final int ROW_NUMBERS_BEFORE_LABEL = 2;
    private static final Pattern NUMBERING = Pattern.compile("\\(?([A-Za-z]|\\d{1,2}|\\d{1,2}=\\d.*)\\)?");
    private static final Pattern YEAR_HEADER = Pattern.compile(
            "(so bo|so b\\?|prel\\.?|preliminary|uoc tinh|uoc|sb|est\\.?|estimate|nam)?\\s*((?:19|20)\\d{2})(\\s*\\(\\*+\\))?\\*?");
    private static final Pattern PUBLISHED = Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam ((?:19|20)\\d{2})");
    private static final Map<String, Vintage> BUILT_IN_WORDS = Map.of("uoc tinh", Vintage.ESTIMATE, "uoc thuc hien",
            Vintage.ESTIMATE, "so bo", Vintage.PRELIMINARY, "so b?", Vintage.PRELIMINARY, "prel", Vintage.PRELIMINARY,
            "preliminary", Vintage.PRELIMINARY, "chinh thuc", Vintage.OFFICIAL, "official", Vintage.OFFICIAL);

    private TableLocator() {
    }

    public static Attempt attempt(SourceProfile profile, List<RawRow> rows, TableContext context) {
        return profile.isLong() ? attemptLong(profile, rows, context) : attemptTable(profile, rows, context);
    }

    // ---- table layout -------------------------------------------------------------------------------------------

    private static Attempt attemptTable(SourceProfile profile, List<RawRow> rows, TableContext context) {
        List<Bilingual> reasons = new ArrayList<>();
        int found = 0;
        int total = 0;
        NumberStyle style = NumberStyle.AUTO;
        int dataIndex = -1;
        for (int i = 0; i < rows.size() && i < profile.scanRows(); i++) {
            if (profile.isItems() ? isItemRow(profile, rows.get(i), style) != null : isDataRow(rows.get(i), style)) {
                dataIndex = i;
                break;
            }
        }
        List<RawRow> above = dataIndex < 0 ? rows.subList(0, Math.min(rows.size(), profile.scanRows()))
                : rows.subList(0, dataIndex);
        String title = VnText.fold(String.join(" ", above.stream().flatMap(r -> r.cells().stream())
                .filter(c -> !c.isBlank()).toList()));
        for (Phrase p : profile.title()) {
            total++;
            if (p.in(title)) {
                found++;
            } else {
                reasons.add(Bilingual.of("match.title", p.written()));
            }
        }
        for (Phrase p : profile.notTitle()) {
            if (p.in(title)) {
                total++;
                reasons.add(Bilingual.of("match.notTitle", p.written()));
            }
        }
        // Unit cell and numbering rows are not header text.
        // A unit under a column's header is that column's: in brackets ("(Dự án)", "(Triệu USD)"), or one of a row
        // of different units ("Nghìn ha", "Tạ/ha", "Nghìn tấn"); it stays header text, in brackets.
        String fileUnit = null;
        Set<String> unitCells = new HashSet<>();
        Set<String> columnUnitCells = new HashSet<>();
        List<String> tableUnits = new ArrayList<>();
        for (RawRow r : above) {
            Set<String> rowUnits = new HashSet<>();
            Map<Integer, List<String>> rowUnitCells = new LinkedHashMap<>();
            boolean unitLine = false;
            for (int c = 0; c < r.cells().size(); c++) {
                List<String> units = UnitText.parseAll(r.cell(c));
                if (units.equals(List.of("projects")) && VnText.fold(r.cell(c)).equals("du an")) {
                    continue; // "Số / dự án": a header split over two rows, not a unit line
                }
                if (!units.isEmpty()) {
                    if (fileUnit == null) {
                        fileUnit = units.get(0);
                    }
                    if (!VnText.clean(r.cell(c)).startsWith("(")) {
                        rowUnits.addAll(units);
                        rowUnitCells.put(c, units);
                        unitLine |= VnText.fold(r.cell(c)).startsWith("don vi") || units.size() > 1;
                    }
                }
            }
            // Several cells naming different units, none a unit line ("Đơn vị tính: …", "Dự án; Triệu USD").
            boolean perColumn = rowUnitCells.size() > 1 && rowUnits.size() > 1 && !unitLine;
            for (Map.Entry<Integer, List<String>> cell : rowUnitCells.entrySet()) {
                if (perColumn) {
                    columnUnitCells.add(r.row() + ":" + cell.getKey());
                } else {
                    unitCells.add(r.row() + ":" + cell.getKey());
                    cell.getValue().stream().filter(u -> !tableUnits.contains(u)).forEach(tableUnits::add);
                }
            }
        }
        int width = 0;
        for (RawRow r : rows) {
            width = Math.max(width, r.cells().size());
        }
        // A row holding one text at or left of the area labels is a title line; one text over a figure column is
        // that column's header (a table of one figure column, "Tốc độ phát triển GRDP …" in B5).
        int labels = dataIndex < 0 ? 0 : labelColumn(rows.get(dataIndex));
        String[][] pieces = new String[above.size()][width];
        for (int i = 0; i < above.size(); i++) {
            RawRow r = above.get(i);
            boolean skipRow = isNumberingRow(r) || looksLikeData(r, style);
            // a row holding one cell, at or before the label column, is a title line above the headers
            int titleColumn = r.cells().stream().filter(x -> !x.isBlank()).count() == 1 ? firstFilled(r) : -1;
            for (int c = 0; c < width; c++) {
                boolean titleCell = c == titleColumn && c <= labels;
                String cell = VnText.clean(r.cell(c));
                pieces[i][c] = skipRow || titleCell || unitCells.contains(r.row() + ":" + c) ? ""
                        : columnUnitCells.contains(r.row() + ":" + c) ? "(" + cell + ")" : cell;
            }
        }
        MergedHeaders.spreadGroups(pieces, labels);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            StringBuilder sb = new StringBuilder();
            for (String[] row : pieces) {
                if (!row[c].isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(row[c]);
                }
            }
            headers.add(sb.toString());
        }
        for (Phrase p : profile.header()) {
            total++;
            if (headers.stream().anyMatch(h -> p.in(VnText.fold(h)))) {
                found++;
            } else {
                reasons.add(Bilingual.of("match.header", p.written()));
            }
        }
        total++;
        if (dataIndex < 0) {
            reasons.add(Bilingual.of("match.noData", profile.scanRows()));
        } else {
            found++;
        }
        // The title proper: rows above the data holding a single text (column headers hold several).
        String titleText = VnText.clean(String.join(" ", above.stream()
                .filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() == 1 && firstFilled(r) <= labels)
                .flatMap(r -> r.cells().stream()).filter(c -> !c.isBlank()).toList()));
        String titleLines = VnText.clean(String.join(" ", above.stream()
                .filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() == 1 && firstFilled(r) <= labels)
                .flatMap(r -> r.cells().stream()).filter(c -> !c.isBlank() && UnitText.parseAll(c).isEmpty()).toList()));
        String titleFolded = VnText.fold(titleText);
        TitleIndicator byTitle = null;
        for (TitleIndicator ti : profile.indicators()) {
            if (ti.title().stream().allMatch(p -> p.in(title))) {
                byTitle = ti;
                break;
            }
        }
        int labelColumn = dataIndex < 0 ? 0 : labelColumn(rows.get(dataIndex));
        List<TableLayout.Column> columns = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Measure m : profile.measures()) {
            List<Integer> indexes = new ArrayList<>();
            if (m.years()) {
                for (int c = labelColumn + 1; c < headers.size(); c++) {
                    if (YEAR_HEADER.matcher(VnText.fold(headers.get(c))).matches()) {
                        indexes.add(c);
                    }
                }
            } else {
                for (int c = 0; c < headers.size(); c++) {
                    if (c > labelColumn && !taken.contains(c) && Phrase.any(m.column(), VnText.fold(headers.get(c)))) {
                        indexes.add(c);
                        break;
                    }
                }
            }
            if (m.required()) {
                total++;
                if (indexes.isEmpty()) {
                    reasons.add(Bilingual.of("match.column", m.years() ? "2018, 2019, …" : m.column().get(0).written()));
                    continue;
                }
                found++;
            }
            for (int c : indexes) {
                taken.add(c);
                String header = headers.get(c);
                Optional<PeriodText.Period> period = switch (m.period()) {
                    case "title" -> PeriodText.find(titleText).or(() -> PeriodText.find(baseName(context.file())));
                    default -> PeriodPhrase.of(header, titleText).map(PeriodPhrase.Found::period)
                            .or(() -> PeriodText.find(baseName(context.file())));
                };
                if (period.isEmpty()) {
                    total++;
                    reasons.add(Bilingual.of("match.period", header));
                    continue;
                }
                String indicator = m.indicator() != null ? m.indicator()
                        : byTitle != null ? byTitle.indicator() : fallbackIndicator(context, titleText);
                List<String> ownUnits = UnitText.findIn(header);
                String unit = m.unit() != null ? m.unit()
                        : !ownUnits.isEmpty() ? ownUnits.get(ownUnits.size() - 1)
                        : byTitle != null && byTitle.unit() != null ? byTitle.unit()
                        : m.years() && !UnitText.findIn(titleText).isEmpty() ? UnitText.findIn(titleText).get(0)
                        : !tableUnits.isEmpty() ? HeaderMeaning.unit(header, VnText.fold(header),
                                MeasureKind.of(VnText.fold(header), 0), tableUnits)
                        : fileUnit != null ? fileUnit : profile.defaultUnit() != null ? profile.defaultUnit() : "unstated";
                int shift = m.fraction() ? 2 : 0;
                String note = m.note();
                if (m.convertTo() != null && !m.convertTo().equals(unit)) {
                    Optional<Integer> s = UnitText.shift(unit, m.convertTo());
                    if (s.isEmpty()) {
                        total++;
                        reasons.add(Bilingual.of("match.unit", unit, m.convertTo()));
                        continue;
                    }
                    shift += s.get();
                    note = join(note, "converted from " + unit + " (value in the file × 10^" + (-s.get()) + ")");
                    unit = m.convertTo();
                }
                boolean nextIsFree = c + 1 < headers.size() && headers.get(c + 1).isBlank();
                Vintage vintage = vintage(profile, VnText.fold(header), titleFolded);
                columns.add(new TableLayout.Column(c, nextIsFree ? c + 1 : -1, indicator, period.get(), m.period(),
                        unit, vintage, shift, note, PeriodPhrase.coverage(period.get()),
                        MeasureKind.of(VnText.fold(header), period.get().year())));
            }
        }
        if (profile.otherColumns() != null && dataIndex >= 0) {
            String base = SourceProfile.TITLE_CODE.equals(profile.otherColumns()) ? TitleSlug.of(titleLines)
                    : profile.otherColumns();
            columns.addAll(OtherColumns.read(profile, base, headers, taken, labelColumn,
                    rows.subList(dataIndex, rows.size()), titleText, tableUnits));
        }
        boolean ok = reasons.isEmpty() && !columns.isEmpty();
        if (!ok) {
            return new Attempt(profile, context.sheet(), found, total, reasons, null);
        }
        String fixedArea = null;
        if (profile.isItems()) {
            Optional<Gazetteer.Area> named = Gazetteer.standard().findIn(titleText);
            if (named.isEmpty()) {
                return new Attempt(profile, context.sheet(), found, total + 1, List.of(Bilingual.of("match.area")), null);
            }
            fixedArea = named.get().name();
        }
        TableHeader header = new TableHeader(context.file(), context.sheet(), rows.get(dataIndex).row() - 1, headers);
        LocalDate published = profile.publishedFromTitle() ? published(titleFolded) : null;
        return new Attempt(profile, context.sheet(), found, total, reasons, new TableLayout(profile, context,
                rows.get(dataIndex).row(), -1, -1, columns, header, citation(profile, context), published, fixedArea));
    }

    // ---- long layout ------------------------------------------------------------------------------------------

    private static Attempt attemptLong(SourceProfile profile, List<RawRow> rows, TableContext context) {
        List<Bilingual> reasons = new ArrayList<>();
        int found = 0;
        int total = 2;
        RawRow headerRow = null;
        int areaColumn = -1;
        int periodColumn = -1;
        for (int i = 0; i < rows.size() && i < profile.scanRows() && headerRow == null; i++) {
            RawRow r = rows.get(i);
            int a = find(r, profile.areaColumn(), Set.of());
            int p = find(r, profile.periodColumn(), Set.of());
            if (a >= 0 && p >= 0) {
                headerRow = r;
                areaColumn = a;
                periodColumn = p;
            }
        }
        if (headerRow == null) {
            reasons.add(Bilingual.of("match.header", profile.areaColumn() + " + " + profile.periodColumn()));
            return new Attempt(profile, context.sheet(), 0, total + profile.measures().size(), reasons, null);
        }
        found += 2;
        for (Phrase p : profile.header()) {
            total++;
            if (headerRow.cells().stream().anyMatch(h -> p.in(VnText.fold(h)))) {
                found++;
            } else {
                reasons.add(Bilingual.of("match.header", p.written()));
            }
        }
        List<TableLayout.Column> columns = new ArrayList<>();
        Set<Integer> taken = new HashSet<>(Set.of(areaColumn, periodColumn));
        for (Measure m : profile.measures()) {
            int c = find(headerRow, m.column(), taken);
            if (m.required()) {
                total++;
                if (c < 0) {
                    reasons.add(Bilingual.of("match.column", m.column().get(0).written()));
                    continue;
                }
                found++;
            }
            if (c < 0) {
                continue;
            }
            taken.add(c);
            String unit = m.unit() != null ? m.unit() : profile.defaultUnit() != null ? profile.defaultUnit() : "unstated";
            columns.add(new TableLayout.Column(c, -1, m.indicator(), null, m.period(), unit,
                    vintage(profile, VnText.fold(headerRow.cell(c)), ""), m.fraction() ? 2 : 0, m.note()));
        }
        if (!reasons.isEmpty() || columns.isEmpty()) {
            return new Attempt(profile, context.sheet(), found, total, reasons, null);
        }
        TableHeader header = new TableHeader(context.file(), context.sheet(), headerRow.row(), headerRow.cells());
        return new Attempt(profile, context.sheet(), found, total, reasons, new TableLayout(profile, context,
                headerRow.row() + 1, areaColumn, periodColumn, columns, header, citation(profile, context), null, null));
    }

    private static int find(RawRow row, Phrase phrase, Set<Integer> taken) {
        return phrase == null ? -1 : find(row, List.of(phrase), taken);
    }

    private static int find(RawRow row, List<Phrase> phrases, Set<Integer> taken) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (!taken.contains(c) && Phrase.any(phrases, VnText.fold(row.cell(c)))) {
                return c;
            }
        }
        return -1;
    }

    // ---- shared ---------------------------------------------------------------------------------------------------

    /** A data row: its label is a known area or the whole country, and a cell after the label holds a number. */
    static boolean isDataRow(RawRow row, NumberStyle style) {
        int label = labelColumn(row);
        if (label < 0 || Gazetteer.standard().find(row.cell(label)).isEmpty()) {
            return false;
        }
        for (int c = label + 1; c < row.cells().size(); c++) {
            if (VnNumber.parse(row.cell(c), style) instanceof VnNumber.Value) {
                return true;
            }
        }
        return false;
    }

    /** Items layout: the item a row's label names, when the row also holds a number; else null. */
    public static SourceProfile.Item isItemRow(SourceProfile profile, RawRow row, NumberStyle style) {
        int label = labelColumn(row);
        if (label < 0) {
            return null;
        }
        String folded = VnText.fold(row.cell(label));
        for (SourceProfile.Item item : profile.items()) {
            if (Phrase.any(item.label(), folded)) {
                for (int c = label + 1; c < row.cells().size(); c++) {
                    if (VnNumber.parse(row.cell(c), style) instanceof VnNumber.Value) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** A row of figures with a label, known or not (a region or group row above the first province). */
    private static boolean looksLikeData(RawRow row, NumberStyle style) {
        int label = labelColumn(row);
        if (label < 0) {
            return false;
        }
        boolean number = false;
        boolean onlyYears = true;
        for (int c = label + 1; c < row.cells().size(); c++) {
            if (VnNumber.parse(row.cell(c), style) instanceof VnNumber.Value v) {
                number = true;
                onlyYears &= v.value() == Math.rint(v.value()) && v.value() >= 1900 && v.value() <= 2100;
            }
        }
        // A row of years ("Tỉnh, thành phố", 2018, 2019 …) is a header, not figures.
        return number && !onlyYears;
    }

    /**
     * The row's label: its leftmost cell with text, past empty columns and at most {@value #ROW_NUMBERS_BEFORE_LABEL}
     * row numbers or codes ("16", "II", "1.", "31"), wherever the table starts; -1 when a figure or nothing comes first.
     */
    public static int labelColumn(RawRow row) {
        int numbers = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = VnText.clean(row.cell(c));
            if (cell.isEmpty()) {
                continue;
            }
            boolean rowNumber = ROW_NUMBER.matcher(cell).matches();
            if (rowNumber && ++numbers <= ROW_NUMBERS_BEFORE_LABEL) {
                continue;
            }
            return !rowNumber && cell.codePoints().anyMatch(Character::isLetter) ? c : -1;
        }
        return -1;
    }

    private static int firstFilled(RawRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isNumberingRow(RawRow row) {
        int cells = 0;
        for (String c : row.cells()) {
            String t = VnText.clean(c);
            if (t.isEmpty()) {
                continue;
            }
            if (!NUMBERING.matcher(t.replace(".0", "")).matches()) {
                return false;
            }
            cells++;
        }
        return cells >= 3;
    }

    static Vintage vintage(SourceProfile profile, String foldedHeader, String foldedTitle) {
        for (String text : List.of(foldedHeader, foldedTitle)) {
            for (Map.Entry<String, Vintage> w : profile.vintageWords().entrySet()) {
                if (VnText.tolerantContains(text, w.getKey())) {
                    return w.getValue();
                }
            }
            Optional<Vintage> stated = VintagePhrase.in(text);
            if (stated.isPresent()) {
                return stated.get();
            }
            for (Map.Entry<String, Vintage> w : profile.vintageWords().entrySet()) {
                if (VnText.tolerantContains(text, w.getKey())) {
                    return w.getValue();
                }
            }
            for (Map.Entry<String, Vintage> w : BUILT_IN_WORDS.entrySet()) {
                if (w.getKey().contains("?") ? text.contains(w.getKey()) : VnText.tolerantContains(text, w.getKey())) {
                    return w.getValue();
                }
            }
        }
        return profile.defaultVintage();
    }

    private static LocalDate published(String foldedTitle) {
        Matcher m = PUBLISHED.matcher(foldedTitle);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String citation(SourceProfile profile, TableContext context) {
        String name = profile.source() != null ? profile.source() : profile.nameEn() != null ? profile.nameEn()
                : profile.nameVi();
        return name + " — " + context.file() + (context.sheet() == null ? "" : ", sheet '" + context.sheet().strip() + "'");
    }

    /** For a one-indicator table no profile names: PX_ and the table id (sheet name) or the title's first words. */
    private static String fallbackIndicator(TableContext context, String title) {
        String base = context.sheet() != null && context.sheet().matches("[A-Za-z]{0,3}\\d{1,3}([.]\\d{1,3})+")
                ? context.sheet() : VnText.key(title);
        String code = base.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9.]+", "_");
        code = code.length() > 60 ? code.substring(0, 60) : code;
        return "PX_" + code.replaceAll("^_|_$", "");
    }

    private static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file).replace('_', ' ');
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
