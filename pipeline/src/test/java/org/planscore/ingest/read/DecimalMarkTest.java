package org.planscore.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planscore.ingest.text.NumberStyle;

/** A file's decimal mark is taken from figures that can be read only one way, never from ambiguous ones. */
class DecimalMarkTest {

    @Test
    void decimalCommasThatCannotBeThousandsSaySoTheFileIsVietnamese() {
        assertThat(DecimalMark.evident(List.of("Tỉnh;2018;2019", "Hà Nội;111,60;1.234,5"), ';'))
                .isEqualTo(NumberStyle.VN);
    }

    @Test
    void decimalPointsSaySoTheFileIsEnglish() {
        assertThat(DecimalMark.evident(List.of("\"Hà Nội\",\"111.60\",1,234.5"), ',')).isEqualTo(NumberStyle.EN);
    }

    @Test
    void wholeNumbersThreeDigitGroupsOrBothMarksTellNothing() {
        assertThat(DecimalMark.evident(List.of("Hà Nội;2018;120"), ';')).isNull();
        // "1,234" may be a thousand and more, or one and a bit
        assertThat(DecimalMark.evident(List.of("Hà Nội;1,234;1.234"), ';')).isNull();
        assertThat(DecimalMark.evident(List.of("Hà Nội;111,60;111.60"), ';')).isNull();
    }
}
