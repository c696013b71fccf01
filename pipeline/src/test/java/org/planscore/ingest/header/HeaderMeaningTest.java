package org.planscore.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscore.store.Vintage;

/**
 * Headers as the GSO monthly workbooks write them (docs: the real-data README, "Variety to expect"), joined over
 * their header rows, and what they mean.
 */
class HeaderMeaningTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện tháng 5 năm 2019                            | Vốn đầu tư | 2019-05 | MONTH   | PRELIMINARY | LEVEL     | bn VND
            Ước tính tháng 6 năm 2019                             | Vốn đầu tư | 2019-06 | MONTH   | ESTIMATE    | LEVEL     | bn VND
            Cộng dồn 6 tháng năm 2019                             | Vốn đầu tư | 2019-06 | TO_DATE | -           | LEVEL     | bn VND
            6 tháng năm 2019 so với kế hoạch năm 2019 (%)         | Vốn đầu tư | 2019-06 | TO_DATE | -           | PLAN_PCT  | %
            10 tháng năm 2019 so với cùng kỳ năm trước (%)        | Vốn đầu tư | 2019-10 | TO_DATE | -           | YOY_INDEX | %
            5 tháng năm 2016 so với cùng kỳ năm 2015 (%)          | Vốn đầu tư | 2016-05 | TO_DATE | -           | YOY_INDEX | %
            Ước tính quý I năm 2020                               | Vốn đầu tư | 2020-Q1 | QUARTER | ESTIMATE    | LEVEL     | bn VND
            Quý I năm 2020 so với kế hoạch 2020 (%)               | Vốn đầu tư | 2020-Q1 | QUARTER | -           | PLAN_PCT  | %
            So với cùng kỳ năm trước (%) Quý II năm 2019          | các quý năm 2019 | 2019-Q2 | QUARTER | -     | YOY_INDEX | %
            Năm 2020 so với năm 2019 (%)                          | Vốn đầu tư | 2020    | YEAR    | -           | YOY_INDEX | %
            Năm 2020                                              | Vốn đầu tư | 2020    | YEAR    | -           | LEVEL     | bn VND
            Kế hoạch năm 2019                                     | Vốn đầu tư | 2019    | YEAR    | -           | PLAN      | bn VND
            Tháng 01/2019 so với kế hoạch năm 2019 (%)            | Vốn đầu tư | 2019-01 | MONTH   | -           | PLAN_PCT  | %
            Chỉ số thời điểm 1/10/2019 so với cùng thời điểm tháng trước | lao động | 2019-10 | MONTH | -       | MOM_INDEX | %
            Tăng/giảm so với vụ đông xuân 2018 (%) Diện tích      | lúa đông xuân năm 2019 | 2019 | YEAR | -    | YOY_INDEX | %
            Tăng/giảm so với vụ đông xuân 2015 Diện tích (Nghìn ha) | lúa đông xuân năm 2016 | 2016 | YEAR | -  | CHANGE    | thousand ha
            Tốc độ phát triển GRDP ước tính quý I năm 2023 so với quý I năm 2022 | GRDP | 2023-Q1 | QUARTER | ESTIMATE | YOY_INDEX | %
            Số vốn đăng ký (Triệu USD)                            | được cấp phép từ 01/01- 20/5/2016 | 2016-05 | TO_DATE | - | LEVEL | mn USD
            Vốn đăng ký cấp mới                                   | được cấp phép từ 01/01- 31/12/2024 | 2024-12 | YEAR | - | LEVEL | mn USD
            """)
    void readsTheHeader(String header, String title, String period, Coverage coverage, String vintage, MeasureKind kind,
                        String unit) {
        HeaderMeaning m = HeaderMeaning.read(header, title, List.of("bn VND", "%")).orElseThrow();
        if (title.contains("cấp phép")) {
            m = HeaderMeaning.read(header, title, List.of("projects", "mn USD")).orElseThrow();
        }
        assertThat(m.period().period().code()).isEqualTo(period);
        assertThat(m.period().coverage()).isEqualTo(coverage);
        assertThat(m.vintage()).isEqualTo("-".equals(vintage) ? null : Vintage.valueOf(vintage));
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Số dự án | projects
            Vốn đăng ký điều chỉnh | mn USD
            """)
    void takesFromAListOfUnitsTheOneTheHeaderNames(String header, String unit) {
        // "Dự án; Triệu USD" in E3 (2019-03 … 2019-11).
        assertThat(HeaderMeaning.read(header, "từ 01/01- 20/6/2019", List.of("projects", "mn USD")).orElseThrow().unit())
                .isEqualTo(unit);
    }
}
