package org.planscore.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-walked check against the regular expression its documentation gives, on every short text. */
class StrictDecimalTest {

    private static final Pattern DOCUMENTED = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    @Test
    void agreesWithTheDocumentedExpressionOnEveryTextOfUpToSixCharacters() {
        assertThat(ShortTexts.disagreements("07.eE-+x", 6, StrictDecimal::matches,
                text -> DOCUMENTED.matcher(text).matches())).isEmpty();
    }

    @Test
    void refusesWhatDoubleParseDoubleWouldAlsoTake() {
        for (String text : new String[]{"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2f", " 1", "1 ", "", "١٢"}) {
            assertThat(StrictDecimal.matches(text)).as(text).isFalse();
        }
        for (String text : new String[]{"0", "-1.5", "+.5", "1.", "6.02e23", "1E-9", "-0.0e+0"}) {
            assertThat(StrictDecimal.matches(text)).as(text).isTrue();
        }
    }
}
