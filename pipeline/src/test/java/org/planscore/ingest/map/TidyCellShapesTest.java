package org.planscore.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.planscore.support.ShortTexts;

/** Each hand-walked shape against the regular expression it stands for, on every short text of telling characters. */
class TidyCellShapesTest {

    @Test
    void periodIsAYearAMonthOrAQuarter() {
        Pattern period = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?");
        assertThat(ShortTexts.disagreements("0129-Q5", 7, TidyCellShapes::period,
                text -> period.matcher(text).matches())).isEmpty();
        assertThat(TidyCellShapes.period("2024-Q4")).isTrue();
        assertThat(TidyCellShapes.period("2024-13")).isFalse();
    }

    @Test
    void indicatorIsACodeOfLettersDigitsAndPunctuation() {
        Pattern indicator = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");
        assertThat(ShortTexts.disagreements("aZ9_.-ả /", 5, TidyCellShapes::indicator,
                text -> indicator.matcher(text).matches())).isEmpty();
        assertThat(TidyCellShapes.indicator("A".repeat(200))).isTrue();
        assertThat(TidyCellShapes.indicator("A".repeat(201))).isFalse();
    }

    @Test
    void decimalCommaIsDigitsACommaAndDigits() {
        Pattern decimalComma = Pattern.compile("-?\\d+,\\d+");
        assertThat(ShortTexts.disagreements("05,-. ", 6, TidyCellShapes::decimalComma,
                text -> decimalComma.matcher(text).matches())).isEmpty();
    }

    @Test
    void aMonthThatExcelTurnedIntoADateLosesItsDay() {
        Pattern monthAsDate = Pattern.compile("(\\d{4}-(0[1-9]|1[0-2]))-01");
        assertThat(ShortTexts.disagreements("012-", 10, TidyCellShapes::withoutFirstOfMonth,
                text -> monthAsDate.matcher(text).replaceFirst("$1"))).isEmpty();
        assertThat(TidyCellShapes.withoutFirstOfMonth("2024-06-01")).isEqualTo("2024-06");
        assertThat(TidyCellShapes.withoutFirstOfMonth("2024-06-02")).isEqualTo("2024-06-02");
        assertThat(TidyCellShapes.withoutFirstOfMonth("x2024-12-01 ")).isEqualTo("x2024-12 ");
    }
}
