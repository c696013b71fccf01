package org.planscore.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units as the Statistics Office writes them in titles and headers: Vietnamese in brackets or not, PX-Web's English
 * abbreviations (nso.gov.vn English tables: "(Thous. pers.)", "Bill. VND", "Mill. USD"), and "%".
 */
class UnitTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dân số trung bình (Nghìn người)                          | thousand persons
            Dân số trung bình, Nghìn người                           | thousand persons
            'Dân số trung bình phân theo địa phương, Nghìn người,'   | thousand persons
            Nghìn người                                              | thousand persons
            Average population by province (Thous. pers.)            | thousand persons
            Average population by province (Thousand persons)        | thousand persons
            Investment at current prices - Bill. VND                 | bn VND
            'Foreign direct investment, Mill. USD'                   | mn USD
            Index of industrial production (%)                       | %
            Số vốn đăng ký (Triệu USD)                               | mn USD
            'Diện tích, Nghìn ha'                                    | thousand ha
            'Thu ngân sách; Nghìn tỷ đồng'                           | thousand bn VND
            """)
    void findsTheUnitInATitleOrHeader(String text, String unit) {
        assertThat(UnitText.findIn(text)).containsExactly(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GRDP bình quân đầu người
            Số dự án
            Tổng thu NSNN trên địa bàn tỉnh, thành phố
            Đầu tư nước ngoài được cấp phép từ 01/01 - 20/5/2016
            Tấn công
            """)
    void findsNoUnitInWordsThatOnlyContainOne(String text) {
        assertThat(UnitText.findIn(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đơn vị tính: Tỷ đồng                  | bn VND
            Triệu đồng - In millions of dong      | mn VND
            Bill dongs                            | bn VND
            Mill USD                              | mn USD
            Thous. pers.                          | thousand persons
            'Nghìn người,'                        | thousand persons
            """)
    void readsAUnitLine(String cell, String unit) {
        assertThat(UnitText.parseAll(cell)).isEqualTo(List.of(unit));
    }
}
