package org.planscore.ingest.header;

import java.util.Locale;

/**
 * What stretch of time a figure covers, beside its period code: "2019-06" is June alone in "Ước tính tháng 6"
 * but January to June in "Cộng dồn 6 tháng".
 */
public enum Coverage {
    /** One month, or an index taken at a point of that month ("thời điểm 1/10/2019"). */
    MONTH,
    /** From 1 January to the end of the period's month. */
    TO_DATE,
    /** One quarter. */
    QUARTER,
    /** The whole year (also a figure cumulated to December). */
    YEAR;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The stored code: month, to_date, quarter, year. */
    public String code() {
        return code;
    }
}
