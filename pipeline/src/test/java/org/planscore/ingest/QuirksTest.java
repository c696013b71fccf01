package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planscore.ingest.Fixtures.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.text.PeriodText;
import org.planscore.store.Observation;
import org.planscore.store.Vintage;

/**
 * One small fixture per quirk of the real files, derived from them, so that files of the same families the project
 * does not have (other months and years) are read too.
 */
class QuirksTest {

    @TempDir
    Path dir;

    @Test
    void gsoFdiTableOfAnotherMonthIsYearToDateWithPaddedLabelsAndNoSheetName() {
        Path file = Fixtures.workbook(dir.resolve("bieu-2025-06.xlsx"), "Sheet7 ",
                row("22. Đầu tư nước ngoài vào Việt Nam được cấp phép từ 01/01- 20/6/2025"),
                row(),
                row(null, null, null, null, "Triệu USD"),
                row(null, null, "Số dự án", "Vốn đăng ký", "Vốn đăng ký"),
                row(null, null, "(Dự án)", "cấp mới", "điều chỉnh"),
                row("TỔNG SỐ", null, 1500.0, 9000.5, 4000.25),
                row("Phân theo một số địa phương"),
                row(null, " Hải Phòng ", 40.0, 500.125, -12.5),
                row(null, "TP. Hồ Chí Minh", 300.0, "-", "#REF!"));
        Ingested in = Ingested.read(file);
        Observation hp = in.find("FDI_GSO_NEW_USD_YTD", "Hải Phòng", "2025-06").get(0);
        assertThat(hp.value()).isEqualTo(500.125);
        assertThat(in.find("FDI_GSO_ADJ_USD_YTD", "Hải Phòng", "2025-06").get(0).value()).isEqualTo(-12.5);
        assertThat(in.find("FDI_GSO_NEW_USD_YTD", "Hồ Chí Minh", "2025-06")).isEmpty();
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().column()).isEqualTo("E9");
            assertThat(p.message().en()).contains("#REF!").contains("Cell E9 ")
                    .contains("row 9, column \"E\")").doesNotContain("column \"E9\"");
        });
    }

    @Test
    void vietnameseNumbersInTextCsvByTheProfilesLocale() {
        Path file = Fixtures.text(dir.resolve("ngan-sach.csv"), """
                "Bộ Tài chính"
                "DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2026"
                "Đơn vị: triệu đồng"
                "STT";"TỈNH, THÀNH PHỐ";"TỔNG THU NSNN TRÊN ĐỊA BÀN"
                "16";"HẢI PHÒNG";"1.234.567,5"
                "17";"HẢI DƯƠNG";"trên 100.000"
                """, StandardCharsets.UTF_8);
        Ingested in = Ingested.read(file);
        assertThat(in.find("BUDGET_REV_TOTAL", "Hải Phòng", "2026").get(0).value()).isEqualTo(1234.5675);
        Observation hd = in.find("BUDGET_REV_TOTAL", "Hải Dương", "2026").get(0);
        assertThat(hd.value()).isEqualTo(100.0);
        assertThat(hd.note()).contains("lower bound");
        assertThat(hd.vintage()).isEqualTo(Vintage.ESTIMATE);
    }

    @Test
    void pxWebTableNoProfileNamesIsReadUnderItsTableId() {
        Path file = Fixtures.workbook(dir.resolve("E03.01.xlsx"), "E03.01",
                row("Average population by province by Cities, provincies and Year"),
                row(),
                row(null, "2023", "Prel. 2024"),
                row(" WHOLE COUNTRY", 100300.0, 101100.0),
                row("Hai  Phong", 2100.5, 2130.25));
        Ingested in = Ingested.read(file);
        Observation o = in.find("PX_E03.01", "Hải Phòng", "2024").get(0);
        assertThat(o.value()).isEqualTo(2130.25);
        assertThat(o.vintage()).isEqualTo(Vintage.PRELIMINARY);
        assertThat(o.unit()).isEqualTo("unstated");
        assertThat(in.find("PX_E03.01", "Việt Nam", "2023").get(0).vintage()).isEqualTo(Vintage.OFFICIAL);
    }

    @Test
    void tidyCsvReadsAsBeforeAndRefusesFormulaLookingText() {
        Path file = Fixtures.text(dir.resolve("tidy.csv"), """
                indicator,area,period,value,unit,vintage
                GRDP_GROWTH,Hải Phòng,2024,11.01,%,estimate
                GRDP_GROWTH,=HYPERLINK("http://x"),2024,1,%,estimate
                GRDP_CURRENT,Hải Phòng,2024,445995,bn VND,estimate,"= 18,362.8 mn USD"
                """.replace("indicator,area,period,value,unit,vintage\n", "indicator,area,period,value,unit,vintage,note\n"),
                StandardCharsets.UTF_8);
        Ingested in = Ingested.read(file);
        assertThat(in.observations()).hasSize(2);
        assertThat(in.observations().get(0)).satisfies(o -> {
            assertThat(o.value()).isEqualTo(11.01);
            assertThat(o.fileRow()).isEqualTo(2);
        });
        // A note that merely starts with "=" is text, kept as written.
        assertThat(in.observations().get(1).note()).isEqualTo("= 18,362.8 mn USD");
        assertThat(in.problems()).singleElement()
                .satisfies(p -> assertThat(p.message().en()).contains("looks like a spreadsheet formula"));
    }

    @Test
    void periodsAsTitlesWriteThem() {
        assertThat(code("25. Đầu tư nước ngoài được cấp phép từ 01/01- 31/12/2024")).isEqualTo("CUMULATIVE 2024-12");
        assertThat(code("6 tháng đầu năm 2025")).isEqualTo("CUMULATIVE 2025-06");
        assertThat(code("12 tháng năm 2024")).isEqualTo("YEAR 2024");
        assertThat(code("Ước tính tháng 12 năm 2020")).isEqualTo("MONTH 2020-12");
        assertThat(code("Quý IV năm 2023")).isEqualTo("QUARTER 2023-Q4");
        assertThat(code(" thời điểm 01/12/2024 so với cùng thời điểm năm trước")).isEqualTo("MONTH 2024-12");
        assertThat(code("Năm 2020 so với năm 2019 (%)")).isEqualTo("YEAR 2020");
        assertThat(code("So b? 2022")).isEqualTo("YEAR 2022");
    }

    private static String code(String text) {
        PeriodText.Period p = PeriodText.find(text).orElseThrow();
        return p.kind() + " " + p.code();
    }

    @Test
    void numbersAsVietnameseStatisticsWriteThem() {
        assertThat(value("1.234,5", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(1234.5);
        assertThat(value("1,234.5", org.planscore.ingest.text.NumberStyle.EN)).isEqualTo(1234.5);
        assertThat(value("12,7-13", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(12.7);
        assertThat(value("125,3*", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(125.3);
        assertThat(value("\u00A01\u00A0064,5 ", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(1064.5);
        assertThat(value("1.16E-10", org.planscore.ingest.text.NumberStyle.AUTO)).isEqualTo(0.0);
        assertThat(org.planscore.ingest.text.VnNumber.parse("..", org.planscore.ingest.text.NumberStyle.VN))
                .isInstanceOf(org.planscore.ingest.text.VnNumber.Missing.class);
        assertThat(org.planscore.ingest.text.VnNumber.parse("=1+1", org.planscore.ingest.text.NumberStyle.VN))
                .isInstanceOf(org.planscore.ingest.text.VnNumber.Invalid.class);
    }

    @Test
    void aFootnoteMarkBeforeTheFigureIsSetAside() {
        // as the Ministry of Finance's 2008 final accounts write the national total: "(1) 419.278.223"
        assertThat(value("(1) 419.278.223", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(419_278_223.0);
        assertThat(value("* 12,5", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(12.5);
        assertThat(value("¹ 7,25", org.planscore.ingest.text.NumberStyle.VN)).isEqualTo(7.25);
        // a mark with no figure after it is no figure
        assertThat(org.planscore.ingest.text.VnNumber.parse("(1) ghi chú", org.planscore.ingest.text.NumberStyle.VN))
                .isInstanceOf(org.planscore.ingest.text.VnNumber.Invalid.class);
    }

    private static double value(String text, org.planscore.ingest.text.NumberStyle style) {
        return ((org.planscore.ingest.text.VnNumber.Value) org.planscore.ingest.text.VnNumber.parse(text, style)).value();
    }

    @Test
    void gazetteerKnowsHaiPhongHoweverWrittenAndKeepsHaiDuongApart() {
        var g = org.planscore.ingest.area.Gazetteer.standard();
        for (String written : List.of(" Hải Phòng ", "Hai Phong", "TP. Hải Phòng", "HẢI PHÒNG", "Thành phố Hải Phòng",
                "H?i Phòng")) {
            assertThat(g.find(written)).as(written).hasValueSatisfying(m -> assertThat(m.area().code()).isEqualTo("31"));
        }
        assertThat(g.byCode("31")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Hải Phòng"));
        assertThat(g.find("Hải Dương")).hasValueSatisfying(m -> {
            assertThat(m.area().code()).isEqualTo("30");
            assertThat(m.area().mergedInto()).isEqualTo("Hải Phòng");
        });
        assertThat(g.find("Đồng bằng sông Hồng")).isEmpty();
    }

    @Test
    void cityBudgetExecutionSheetConstructedSample() {
        Ingested in = Ingested.read(Ingested.resource("constructed/haiphong_budget_execution_2023_CONSTRUCTED.xlsx"));
        Observation total = in.find("BUDGET_REV_TOTAL", "Hải Phòng", "2023").get(0);
        assertThat(total.value()).isEqualTo(102614.53);
        assertThat(total.unit()).isEqualTo("bn VND");
        assertThat(total.vintage()).isEqualTo(Vintage.ESTIMATE);
        assertThat(in.find("BUDGET_REV_TOTAL_BUDGET_EST", "Hải Phòng", "2023").get(0).value()).isEqualTo(116442.134);
        assertThat(in.find("BUDGET_REV_TOTAL_PCT_OF_EST", "Hải Phòng", "2023").get(0).value()).isEqualTo(88.12);
        assertThat(in.find("BUDGET_REV_IMPEX", "Hải Phòng", "2023").get(0).value()).isEqualTo(58000.0);
        assertThat(in.find("BUDGET_REV_DOMESTIC_YOY_INDEX", "Hải Phòng", "2023")).isEmpty();
        assertThat(in.problems()).isEmpty();
    }
}
