package org.planscore.ingest;

import java.time.LocalDate;

/**
 * One reported figure, ready to store.
 *
 * @param indicator indicator code, e.g. {@code BUDGET_REV_TOTAL}
 * @param area      area as written (trimmed, NFC)
 * @param period    {@code YYYY}, {@code YYYY-MM} or {@code YYYY-Qn}
 * @param value     the value as stored in the file
 * @param unit      unit as written
 * @param vintage   estimate, preliminary or official
 * @param source    citation; the file name when the file gives none
 * @param note      free text, may be null
 * @param published when the figure was published, if the file says; decides what an as-of report may use
 * @param fileSha256 the file it came from
 * @param fileRow   the row it came from
 * @param coverage  what stretch of time the figure covers ({@code month}, {@code to_date}, {@code quarter},
 *                  {@code year}), or null when the reader does not say (tidy files, figures stored before it existed)
 * @param measure   the kind of figure ({@code level}, {@code plan}, {@code plan_pct}, {@code yoy_index},
 *                  {@code mom_index}, {@code change}), or null when the reader does not say
 */
public record Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                          String source, String note, LocalDate published, String fileSha256,
                          int fileRow, String coverage, String measure) {

    /** A figure whose coverage and kind are not stated. */
    public Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                       String source, String note, LocalDate published, String fileSha256, int fileRow) {
        this(indicator, area, period, value, unit, vintage, source, note, published, fileSha256, fileRow, null, null);
    }
}
