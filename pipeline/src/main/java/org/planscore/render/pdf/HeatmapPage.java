package org.planscore.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.summary.DataQuality;
import org.planscore.render.text.IndicatorNames;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.Direction;

/**
 * A heatmap of indicators × years: every figure the report uses, coloured by its change from the previous year in
 * the desired direction (green better, red worse, darker for a larger change), estimates marked by a corner dot.
 * One row per indicator and area, in plan order; the grid continues on a new page when it does not fit.
 */
final class HeatmapPage {

    private static final float LABEL_WIDTH = 190f;
    private static final float ROW_HEIGHT = 16f;
    private static final double FULL_COLOUR_CHANGE = 0.20;
    private static final Color FIRST_YEAR = new Color(0xEE, 0xEF, 0xF2);
    private static final Color BETTER = new Color(0x1A, 0x7F, 0x37);
    private static final Color WORSE = new Color(0xC6, 0x28, 0x28);

    private final ReportModel model;
    private final ReportTexts texts;
    private final Typography type;
    private final ExtraTypography extra;

    HeatmapPage(ReportModel model, ReportTexts texts, Typography type, ExtraTypography extra) {
        this.model = model;
        this.texts = texts;
        this.type = type;
        this.extra = extra;
    }

    /** One heatmap row: the indicator as catalogued, its unit, desired direction and figures. */
    record Row(String label, Direction direction, List<ObservationPoint> series) {
        Optional<ObservationPoint> in(int year) {
            return series.stream().filter(p -> p.year() == year).findFirst();
        }
    }

    static List<Row> rows(List<ScoredTarget> targets, ReportTexts texts) {
        IndicatorNames names = new IndicatorNames(texts.locale());
        Map<String, ScoredTarget> first = new LinkedHashMap<>();
        Map<String, Integer> areasPerIndicator = new LinkedHashMap<>();
        for (ScoredTarget target : targets) {
            if (target.series().isEmpty()) {
                continue;
            }
            if (first.putIfAbsent(target.target().indicator() + "|" + target.target().area(), target) == null) {
                areasPerIndicator.merge(target.target().indicator(), 1, Integer::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ScoredTarget target : first.values()) {
            String unit = target.target().unit() == null || target.target().unit().isBlank()
                    ? "" : " (" + texts.unit(target.target().unit()) + ")";
            // One indicator measured on two perimeters (the city before and after a merger) gets two rows: say which.
            String area = areasPerIndicator.get(target.target().indicator()) > 1 && target.target().area() != null
                    ? " · " + target.target().area() : "";
            // The reader knows the indicator by its name, never by its code.
            rows.add(new Row(names.of(target.target()) + area + unit, target.target().direction(), target.series()));
        }
        return rows;
    }

    /** The title, the note and a few rows stay together. */
    private static final float HEADING_AND_FIRST_ROWS = 160f;

    void render(PageCursor cursor) throws IOException {
        List<Row> rows = rows(model.targets(), texts);
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.stream().flatMap(r -> r.series().stream()).mapToInt(ObservationPoint::year).min().orElseThrow();
        int last = rows.stream().flatMap(r -> r.series().stream()).mapToInt(ObservationPoint::year).max().orElseThrow();
        int years = last - first + 1;
        float cellWidth = Math.min(48f, (PageGeometry.WIDTH - LABEL_WIDTH) / years);
        float x = PageGeometry.LEFT;

        cursor.ensureRoom(HEADING_AND_FIRST_ROWS);
        TextBlock.of(texts.text("heatmap.title"), type.summaryHeading(), PageGeometry.WIDTH).draw(cursor, x);
        cursor.down(2);
        TextBlock.of(texts.text("heatmap.note"), type.sentence(), PageGeometry.WIDTH).draw(cursor, x);
        cursor.down(8);
        drawYearHeader(cursor, first, last, cellWidth);
        for (Row row : rows) {
            drawRow(cursor, row, first, last, cellWidth);
        }
    }

    private void drawYearHeader(PageCursor cursor, int first, int last, float cellWidth) throws IOException {
        TextStyle style = extra.tableHeader();
        float baseline = cursor.y() - style.ascent();
        TextBlock.showLine(cursor.stream(), style, PageGeometry.LEFT, baseline,
                PrintableText.of(texts.text("heatmap.indicator"), style.font()));
        for (int year = first; year <= last; year++) {
            String text = Integer.toString(year);
            float left = PageGeometry.LEFT + LABEL_WIDTH + (year - first) * cellWidth;
            TextBlock.showLine(cursor.stream(), style,
                    left + (cellWidth - TextWrapper.width(text, style.font(), style.size())) / 2, baseline, text);
        }
        cursor.down(style.leading() + 2);
    }

    /** A name wraps to at most this many lines; a longer one ends in an ellipsis. */
    private static final int LABEL_LINES = 2;

    private void drawRow(PageCursor cursor, Row row, int first, int last, float cellWidth) throws IOException {
        TextStyle label = extra.rowLabel();
        List<String> lines = labelLines(row.label(), label);
        float rowHeight = rowHeight(lines.size(), label);
        if (!cursor.fits(rowHeight)) {
            cursor.newPage();
            drawYearHeader(cursor, first, last, cellWidth);
        }
        float top = cursor.y();
        float firstBaseline = top - rowHeight / 2 + (lines.size() - 1) * label.leading() / 2 - label.size() * 0.35f;
        for (int i = 0; i < lines.size(); i++) {
            TextBlock.showLine(cursor.stream(), label, PageGeometry.LEFT, firstBaseline - i * label.leading(),
                    lines.get(i));
        }
        for (int year = first; year <= last; year++) {
            float left = PageGeometry.LEFT + LABEL_WIDTH + (year - first) * cellWidth;
            Optional<ObservationPoint> point = row.in(year);
            if (point.isEmpty()) {
                Shapes.frame(cursor.stream(), ReportColors.TRACK, left + 0.5f, top - 0.5f, cellWidth - 1,
                        rowHeight - 1, 0.4f);
                continue;
            }
            Color fill = colour(row, point.get(), row.in(year - 1));
            Shapes.box(cursor.stream(), fill, left + 0.5f, top - 0.5f, cellWidth - 1, rowHeight - 1);
            if (DataQuality.isProvisional(point.get().vintage())) {
                cursor.stream().setNonStrokingColor(ReportColors.ESTIMATE);
                Shapes.circle(cursor.stream(), left + cellWidth - 3.2f, top - 3.2f, 1.6f);
                cursor.stream().fill();
            }
            TextStyle cell = extra.cell().withColor(textOn(fill));
            String value = fitted(compact(point.get().value()), cell, cellWidth - 3);
            TextBlock.showLine(cursor.stream(), cell,
                    left + (cellWidth - TextWrapper.width(value, cell.font(), cell.size())) / 2,
                    top - rowHeight / 2 - cell.size() * 0.35f, value);
        }
        cursor.down(rowHeight);
    }

    /** The name wrapped to the label column, at most {@link #LABEL_LINES} lines, the last cut with an ellipsis. */
    private static List<String> labelLines(String label, TextStyle style) throws IOException {
        String printable = PrintableText.of(label, style.font());
        List<String> wrapped = TextWrapper.wrap(printable, style.font(), style.size(), LABEL_WIDTH - 6);
        if (wrapped.size() <= LABEL_LINES) {
            return wrapped;
        }
        List<String> kept = new ArrayList<>(wrapped.subList(0, LABEL_LINES - 1));
        kept.add(fitted(String.join(" ", wrapped.subList(LABEL_LINES - 1, wrapped.size())), style,
                LABEL_WIDTH - 6));
        return kept;
    }

    private static float rowHeight(int lines, TextStyle style) {
        return Math.max(ROW_HEIGHT, lines * style.leading() + 4);
    }

    /** Green or red by the sign of the change in the desired direction, darker for a larger relative change. */
    static Color colour(Row row, ObservationPoint point, Optional<ObservationPoint> previous) {
        if (previous.isEmpty() || previous.get().value() == 0) {
            return FIRST_YEAR;
        }
        double change = (point.value() - previous.get().value()) / Math.abs(previous.get().value());
        if (row.direction() == Direction.DECREASE) {
            change = -change;
        }
        if (change == 0) {
            return FIRST_YEAR;
        }
        double strength = 0.25 + 0.75 * Math.min(1, Math.abs(change) / FULL_COLOUR_CHANGE);
        return blend(Color.WHITE, change > 0 ? BETTER : WORSE, strength);
    }

    private static Color blend(Color from, Color to, double share) {
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    private static Color textOn(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 140 ? Color.WHITE : ReportColors.TEXT;
    }

    /** Fewer decimals for larger numbers, so a cell stays narrow: 669.600 · 98,5 · 0,52. */
    private String compact(double value) {
        double size = Math.abs(value);
        return texts.number(value, size >= 1000 ? 0 : size >= 10 ? 1 : 2);
    }

    /** The text cut with an ellipsis to fit the width. */
    private static String fitted(String text, TextStyle style, float width) throws IOException {
        String printable = PrintableText.of(text, style.font());
        if (TextWrapper.width(printable, style.font(), style.size()) <= width) {
            return printable;
        }
        String cut = printable;
        while (cut.length() > 1 && TextWrapper.width(cut + "…", style.font(), style.size()) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
