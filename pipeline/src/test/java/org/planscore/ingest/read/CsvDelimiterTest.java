package org.planscore.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The separator a person would see in the first lines, whatever stands above the table. */
class CsvDelimiterTest {

    @Test
    void aTidyFileIsCutByCommas() {
        assertThat(CsvDelimiter.guess(List.of("indicator,area,period,value,unit",
                "GRDP_GROWTH,Hải Phòng,2024,11.01,%", "GRDP_GROWTH,Hải Phòng,2023,10.34,%"))).isEqualTo(',');
    }

    @Test
    void aTitleWithACommaAboveASemicolonTableDoesNotDecide() {
        // Excel quotes only the fields that hold the separator: the title's comma stands bare
        assertThat(CsvDelimiter.guess(List.of(
                "Tổng sản phẩm bình quân đầu người chia theo Tỉnh, thành phố và Năm",
                "Tỉnh, thành phố;2018;2019;2020",
                "Hà Nội;111.60;120.32;123.40",
                "Hải Phòng;107.65;116.60;121.46"))).isEqualTo(';');
    }

    @Test
    void vietnameseExcelsSemicolonsWithDecimalCommasKeepTheFiguresWhole() {
        // every row has as many commas as semicolons: only ';' leaves "111,60" a number
        assertThat(CsvDelimiter.guess(List.of("Tỉnh;2018;2019;2020", "Hà Nội;111,60;120,32;123,40",
                "Hải Phòng;107,65;116,60;121,46"))).isEqualTo(';');
    }

    @Test
    void quotedCommasSeparateNothing() {
        assertThat(CsvDelimiter.guess(List.of("\"Tỉnh, thành phố\";\"2018\";\"2019\"",
                "\"Hà Nội\";\"111,60\";\"120,32\"", "\"Hải Phòng\";\"107,65\";\"116,60\""))).isEqualTo(';');
    }

    @Test
    void tabsAndBarsAreFoundToo() {
        assertThat(CsvDelimiter.guess(List.of("Tỉnh\t2018\t2019", "Hà Nội\t111.6\t120.3", "Hải Phòng\t107.7\t116.6")))
                .isEqualTo('\t');
        assertThat(CsvDelimiter.guess(List.of("Tỉnh|2018|2019", "Hà Nội|111.6|120.3"))).isEqualTo('|');
    }

    @Test
    void excelsSeparatorLineDeclaresIt() {
        assertThat(CsvDelimiter.declared("sep=;")).isEqualTo(';');
        assertThat(CsvDelimiter.declared("\"SEP=\t\"")).isEqualTo('\t');
        assertThat(CsvDelimiter.declared("indicator,area,period")).isNull();
    }

    @Test
    void aSingleColumnIsReadAsCommaSeparated() {
        assertThat(CsvDelimiter.guess(List.of("value", "1", "2"))).isEqualTo(',');
        assertThat(CsvDelimiter.guess(List.of())).isEqualTo(',');
    }
}
