package org.planscore.ingest.header;

import java.util.Optional;
import java.util.regex.Pattern;

import org.planscore.ingest.text.PeriodText;
import org.planscore.ingest.text.VnText;

/**
 * The period of a figure column and what it covers, from the column's header, else the table's title. The part of
 * a header after "so với" names what the figure is compared with, not its period: in "Tăng/giảm so với vụ đông xuân
 * 2018 (%) Diện tích" the period is the title's (2019), in "So với cùng kỳ năm trước (%) Quý I năm 2019" it is
 * quarter I of 2019.
 */
public final class PeriodPhrase {

    /** "so với …" up to the "(%)" that closes it, or to the end when no "(%)" follows. */
    private static final Pattern COMPARISON = Pattern.compile("so voi.*?(\\(%\\)|$)");

    /**
     * @param period   the period as PeriodText reads it (cumulative periods keep their last month)
     * @param coverage what stretch of time the figure covers
     */
    public record Found(PeriodText.Period period, Coverage coverage) {
    }

    private PeriodPhrase() {
    }

    /** The period of a column headed {@code header} in a table titled {@code title}. */
    public static Optional<Found> of(String header, String title) {
        String own = COMPARISON.matcher(VnText.fold(header)).replaceAll(" ");
        Optional<PeriodText.Period> period = PeriodText.find(own);
        if (period.isEmpty()) {
            period = PeriodText.find(COMPARISON.matcher(VnText.fold(title)).replaceAll(" "));
        }
        return period.map(p -> new Found(p, coverage(p)));
    }

    /** Coverage as the period's kind says; a cumulation to December is the year. */
    public static Coverage coverage(PeriodText.Period p) {
        return switch (p.kind()) {
            case YEAR -> Coverage.YEAR;
            case QUARTER -> Coverage.QUARTER;
            case MONTH -> Coverage.MONTH;
            case CUMULATIVE -> p.month() == 12 ? Coverage.YEAR : Coverage.TO_DATE;
        };
    }
}
