package org.planscore.ingest;

import java.math.BigDecimal;

/** Numbers as text for CSV output and raw cells: exact (round-trips to the same double), no exponent, no ".0". */
public final class NumberText {

    private NumberText() {
    }

    public static String plain(double number) {
        if (!Double.isFinite(number)) {
            return Double.toString(number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    public static String plain(Double number) {
        return number == null ? "" : plain(number.doubleValue());
    }
}
