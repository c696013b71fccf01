package org.planscore.assessment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Year-to-date totals are stored under their own indicator codes with the year as period (data/samples/README.md):
 * {@code PORT_THROUGHPUT_H1}, {@code _9M}, {@code _11M}. This reads how many months such a code covers.
 */
final class PartYear {

    private static final Pattern SUFFIX = Pattern.compile("_(H1|Q1|Q2|Q3|([1-9]|1[01])M)$");

    private PartYear() {
    }

    /** Months covered from January when {@code code} is {@code base} plus a part-year suffix; else empty. */
    static Optional<Integer> months(String base, String code) {
        if (!code.startsWith(base + "_")) {
            return Optional.empty();
        }
        Matcher m = SUFFIX.matcher(code.substring(base.length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String s = m.group(1);
        return Optional.of(switch (s) {
            case "H1", "Q2" -> 6;
            case "Q1" -> 3;
            case "Q3" -> 9;
            default -> Integer.parseInt(s.substring(0, s.length() - 1));
        });
    }
}
