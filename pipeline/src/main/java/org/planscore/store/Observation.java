package org.planscore.store;

import java.time.LocalDate;

import org.planscore.scoring.ValueBound;

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
 * @param bound     null for an exact figure; lower when the source gives only a lower bound ("trên", "&gt;"), upper
 *                  for an upper bound
 * @param coversTo  null for a figure of the whole period; for a part-period total (public investment disbursed "to
 *                  11/12/2025") the last day it covers: it never decides a full-period target
 * @param definition the definition or compiling body the figure follows when a series mixes them (e.g. "Cục Thống
 *                  kê: khách do cơ sở lưu trú, lữ hành phục vụ" vs "Sở Du lịch"), or null; base and latest figures
 *                  of different definitions are not read as movement
 * @param coverage  what stretch of time the figure covers ({@code month}, {@code to_date}, {@code quarter},
 *                  {@code year}), or null when the reader does not say (tidy files, figures stored before it existed)
 * @param measure   the kind of figure ({@code level}, {@code plan}, {@code plan_pct}, {@code yoy_index},
 *                  {@code mom_index}, {@code change}), or null when the reader does not say
 */
public record Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                          String source, String note, LocalDate published, String fileSha256,
                          int fileRow, ValueBound bound, LocalDate coversTo, String definition,
                          String coverage, String measure) {

    /** An exact figure of the whole period, with no definition label, coverage or kind stated. */
    public Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                       String source, String note, LocalDate published, String fileSha256, int fileRow) {
        this(indicator, area, period, value, unit, vintage, source, note, published, fileSha256, fileRow, null, null,
                null, null, null);
    }

    /** A figure with its bound, part-period end and definition (tidy files), coverage and kind not stated. */
    public Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                       String source, String note, LocalDate published, String fileSha256, int fileRow,
                       ValueBound bound, LocalDate coversTo, String definition) {
        this(indicator, area, period, value, unit, vintage, source, note, published, fileSha256, fileRow, bound,
                coversTo, definition, null, null);
    }

    /** An exact figure of a published table, with the coverage and kind its headers state. */
    public Observation(String indicator, String area, String period, double value, String unit, Vintage vintage,
                       String source, String note, LocalDate published, String fileSha256, int fileRow,
                       String coverage, String measure) {
        this(indicator, area, period, value, unit, vintage, source, note, published, fileSha256, fileRow, null, null,
                null, coverage, measure);
    }

    /** Whether the figure covers only part of its period (a year-to-date total). */
    public boolean partial() {
        return coversTo != null;
    }
}
