package org.planscore.ingest.header;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of figure a column holds, read from its (folded) header: the level itself, the year's plan, the share of
 * the plan achieved, an index on the same period of the previous year or on the previous month, or a change. The
 * suffix is added to a table's indicator code so that each kind has its own code.
 */
public enum MeasureKind {
    LEVEL(""),
    /** The plan itself ("Kế hoạch năm 2019"). */
    PLAN("_PLAN"),
    /** Achieved so far as % of the year's plan ("… so với kế hoạch năm 2019 (%)"). */
    PLAN_PCT("_PLAN_PCT"),
    /** Same period of the previous year = 100 ("so với cùng kỳ năm trước (%)", "Năm 2020 so với năm 2019 (%)"). */
    YOY_INDEX("_YOY_INDEX"),
    /** Previous month = 100 ("so với cùng thời điểm tháng trước"). */
    MOM_INDEX("_MOM_INDEX"),
    /** A difference in the figure's own unit ("Tăng/giảm so với vụ đông xuân 2015", no "%"). */
    CHANGE("_CHANGE");

    private static final Pattern COMPARED_YEAR = Pattern.compile("so voi\\D*((?:19|20)\\d{2})");

    private final String suffix;
    private final String code = name().toLowerCase(Locale.ROOT);

    MeasureKind(String suffix) {
        this.suffix = suffix;
    }

    /** Added to the table's indicator code: "" for a level, "_YOY_INDEX" … */
    public String suffix() {
        return suffix;
    }

    /** The stored code: level, plan, plan_pct, yoy_index, mom_index, change. */
    public String code() {
        return code;
    }

    /** Whether the figure is a percentage or an index (unit "%" whatever the table's unit line says). */
    public boolean isPercent() {
        return this == PLAN_PCT || this == YOY_INDEX || this == MOM_INDEX;
    }

    /**
     * The kind a folded header names. {@code year} is the year of the column's own period (0 if unknown): a
     * comparison with the year before it ("Năm 2020 so với năm 2019") is an index on the same period of last year.
     */
    public static MeasureKind of(String folded, int year) {
        boolean compared = folded.contains("so voi") || folded.contains("so cung ky") || folded.contains("so thang truoc");
        if (compared && folded.contains("ke hoach")) {
            return PLAN_PCT;
        }
        if (compared && (folded.contains("thang truoc") || folded.contains("ky truoc") && folded.contains("thang"))) {
            return MOM_INDEX;
        }
        boolean percent = folded.contains("%");
        if ((folded.contains("tang/giam") || folded.contains("tang, giam") || folded.contains("tang giam")) && !percent) {
            return CHANGE;
        }
        if (compared && (folded.contains("cung ky") || folded.contains("nam truoc") || folded.contains("cung thoi diem"))) {
            return YOY_INDEX;
        }
        if (compared) {
            Matcher m = COMPARED_YEAR.matcher(folded);
            if (m.find() && year > 0 && Integer.parseInt(m.group(1)) == year - 1) {
                return YOY_INDEX;
            }
            if (percent) {
                return YOY_INDEX;
            }
        }
        if (folded.startsWith("ke hoach") || folded.matches("^(chi tieu )?ke hoach\\b.*")) {
            return PLAN;
        }
        return LEVEL;
    }
}
