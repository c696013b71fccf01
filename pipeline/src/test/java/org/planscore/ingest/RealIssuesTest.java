package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscore.store.Observation;

/**
 * Every Hai Phong cell that the real-data README lists for the second batch of GSO issues and Ministry of Finance
 * disclosures (src/test/resources/real; expected values typed from that README, "as double" column), found by its
 * sheet and cell: the indicator (LOC_* = a table no profile knows, read under a code made from its title), the
 * period, what it covers, the vintage and the unit that the title and header text give it.
 */
class RealIssuesTest {

    private static final Map<String, Ingested> READ = new ConcurrentHashMap<>();

    private static Ingested read(String file) {
        return READ.computeIfAbsent(file, f -> Ingested.read(Ingested.resource("real/" + f)));
    }

    @ParameterizedTest(name = "{0} {1}!{2}: {3} {4} = {5} {6} {7} {8}")
    @CsvSource(delimiter = '|', textBlock = """
            gso_bieu_2016-05.xlsx | VonDT      | C39 | STATE_BUDGET_INVEST               | 2016-04 | 277        | bn VND   | preliminary | month
            gso_bieu_2016-05.xlsx | VonDT      | D39 | STATE_BUDGET_INVEST               | 2016-05 | 270        | bn VND   | estimate    | month
            gso_bieu_2016-05.xlsx | VonDT      | E39 | STATE_BUDGET_INVEST_YTD           | 2016-05 | 1176       | bn VND   | estimate    | to_date
            gso_bieu_2016-05.xlsx | VonDT      | F39 | STATE_BUDGET_INVEST_PLAN_PCT_YTD  | 2016-05 | 39.4       | %        | estimate    | to_date
            gso_bieu_2016-05.xlsx | VonDT      | G39 | STATE_BUDGET_INVEST_YOY_INDEX_YTD | 2016-05 | 112.5      | %        | estimate    | to_date
            gso_bieu_2016-05.xlsx | Sheet1     | C11 | FDI_GSO_PROJECTS_YTD              | 2016-05 | 18         | projects | estimate    | to_date
            gso_bieu_2016-05.xlsx | Sheet1     | D11 | FDI_GSO_REG_USD_YTD               | 2016-05 | 1610.7762  | mn USD   | estimate    | to_date
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | B16 | LOC_* | 2019 | 32.6  | thousand ha | preliminary | year
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | C16 | LOC_* | 2019 | 69.7  | quintal/ha  | preliminary | year
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | D16 | LOC_* | 2019 | 227.1 | thousand t  | preliminary | year
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | F16 | LOC_* | 2019 | 95    | %           | preliminary | year
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | G16 | LOC_* | 2019 | 99.6  | %           | preliminary | year
            gso_bieu_2019-06.xlsx | 3,dxdp (2) | H16 | LOC_* | 2019 | 94.6  | %           | preliminary | year
            gso_bieu_2019-06.xlsx | 2.VonNSNNthang | C32 | STATE_BUDGET_INVEST               | 2019-05 | 638.744            | bn VND | preliminary | month
            gso_bieu_2019-06.xlsx | 2.VonNSNNthang | D32 | STATE_BUDGET_INVEST               | 2019-06 | 793.312            | bn VND | estimate    | month
            gso_bieu_2019-06.xlsx | 2.VonNSNNthang | E32 | STATE_BUDGET_INVEST_YTD           | 2019-06 | 3246.068           | bn VND | estimate    | to_date
            gso_bieu_2019-06.xlsx | 2.VonNSNNthang | F32 | STATE_BUDGET_INVEST_PLAN_PCT_YTD  | 2019-06 | 35.82040866411986  | %      | estimate    | to_date
            gso_bieu_2019-06.xlsx | 2.VonNSNNthang | G32 | STATE_BUDGET_INVEST_YOY_INDEX_YTD | 2019-06 | 104.59930861498722 | %      | estimate    | to_date
            gso_bieu_2019-06.xlsx | 3.VonNSNNquy   | C29 | STATE_BUDGET_INVEST           | 2019-Q1 | 1219.4599999999996 | bn VND | preliminary | quarter
            gso_bieu_2019-06.xlsx | 3.VonNSNNquy   | D29 | STATE_BUDGET_INVEST           | 2019-Q2 | 2026.6080000000006 | bn VND | estimate    | quarter
            gso_bieu_2019-06.xlsx | 3.VonNSNNquy   | E29 | STATE_BUDGET_INVEST_YOY_INDEX | 2019-Q1 | 105.20894085329446 | %      | estimate    | quarter
            gso_bieu_2019-06.xlsx | 3.VonNSNNquy   | F29 | STATE_BUDGET_INVEST_YOY_INDEX | 2019-Q2 | 104.23587065874183 | %      | estimate    | quarter
            gso_bieu_2019-06.xlsx | 4.DTNN | C14 | FDI_GSO_PROJECTS_YTD | 2019-06 | 43         | projects | estimate | to_date
            gso_bieu_2019-06.xlsx | 4.DTNN | D14 | FDI_GSO_NEW_USD_YTD  | 2019-06 | 376.522058 | mn USD   | estimate | to_date
            gso_bieu_2019-06.xlsx | 4.DTNN | E14 | FDI_GSO_ADJ_USD_YTD  | 2019-06 | 128.943    | mn USD   | estimate | to_date
            gso_bieu_2019-10.xlsx | 5. LĐCN_DP | B15 | IND_LABOUR_INDEX_MOM | 2019-10 | 102.61 | % | estimate | month
            gso_bieu_2019-10.xlsx | 5. LĐCN_DP | C15 | IND_LABOUR_INDEX_YOY | 2019-10 | 107.38 | % | estimate | month
            gso_bieu_2019-10.xlsx | 19.VonNSNNthang | C31 | STATE_BUDGET_INVEST               | 2019-09 | 1495.139           | bn VND | preliminary | month
            gso_bieu_2019-10.xlsx | 19.VonNSNNthang | D31 | STATE_BUDGET_INVEST               | 2019-10 | 1104.161           | bn VND | estimate    | month
            gso_bieu_2019-10.xlsx | 19.VonNSNNthang | E31 | STATE_BUDGET_INVEST_YTD           | 2019-10 | 7888.212           | bn VND | estimate    | to_date
            gso_bieu_2019-10.xlsx | 19.VonNSNNthang | F31 | STATE_BUDGET_INVEST_PLAN_PCT_YTD  | 2019-10 | 87.04653675437922  | %      | estimate    | to_date
            gso_bieu_2019-10.xlsx | 19.VonNSNNthang | G31 | STATE_BUDGET_INVEST_YOY_INDEX_YTD | 2019-10 | 101.11955360916471 | %      | estimate    | to_date
            gso_bieu_2019-10.xlsx | 21.DTNN | C16 | FDI_GSO_PROJECTS_YTD | 2019-10 | 70            | projects | estimate | to_date
            gso_bieu_2019-10.xlsx | 21.DTNN | D16 | FDI_GSO_NEW_USD_YTD  | 2019-10 | 494.650574    | mn USD   | estimate | to_date
            gso_bieu_2019-10.xlsx | 21.DTNN | E16 | FDI_GSO_ADJ_USD_YTD  | 2019-10 | 605.9625843125 | mn USD  | estimate | to_date
            gso_bieu_2020-03.xlsx | 10. LĐCN_DP | B15 | IND_LABOUR_INDEX_MOM | 2020-03 | 102.05 | % | estimate | month
            gso_bieu_2020-03.xlsx | 10. LĐCN_DP | C15 | IND_LABOUR_INDEX_YOY | 2020-03 | 102    | % | estimate | month
            gso_bieu_2020-03.xlsx | VonDT | C36 | STATE_BUDGET_INVEST           | 2020-02 | 242.5             | bn VND | preliminary | month
            gso_bieu_2020-03.xlsx | VonDT | D36 | STATE_BUDGET_INVEST           | 2020-03 | 440.5             | bn VND | estimate    | month
            gso_bieu_2020-03.xlsx | VonDT | E36 | STATE_BUDGET_INVEST           | 2020-Q1 | 1216.211          | bn VND | estimate    | quarter
            gso_bieu_2020-03.xlsx | VonDT | F36 | STATE_BUDGET_INVEST_PLAN_PCT  | 2020-Q1 | 15.06419752474757 | %      | estimate    | quarter
            gso_bieu_2020-03.xlsx | VonDT | G36 | STATE_BUDGET_INVEST_YOY_INDEX | 2020-Q1 | 99.73357059682154 | %      | estimate    | quarter
            gso_bieu_2020-03.xlsx | FDI | C14 | FDI_GSO_PROJECTS_YTD | 2020-03 | 20        | projects | estimate | to_date
            gso_bieu_2020-03.xlsx | FDI | D14 | FDI_GSO_NEW_USD_YTD  | 2020-03 | 93.719872 | mn USD   | estimate | to_date
            gso_bieu_2020-03.xlsx | FDI | E14 | FDI_GSO_ADJ_USD_YTD  | 2020-03 | 104.29    | mn USD   | estimate | to_date
            gso_bieu_2022-09.xlsx | 6. LĐCN_DP | B15 | IND_LABOUR_INDEX_MOM | 2022-09 | 100.81 | % | estimate | month
            gso_bieu_2022-09.xlsx | 6. LĐCN_DP | C15 | IND_LABOUR_INDEX_YOY | 2022-09 | 116.58 | % | estimate | month
            gso_bieu_2022-09.xlsx | 19.VonNSNNthang | C30 | STATE_BUDGET_INVEST               | 2022-08 | 1849.966           | bn VND | preliminary | month
            gso_bieu_2022-09.xlsx | 19.VonNSNNthang | D30 | STATE_BUDGET_INVEST               | 2022-09 | 2048.974           | bn VND | estimate    | month
            gso_bieu_2022-09.xlsx | 19.VonNSNNthang | E30 | STATE_BUDGET_INVEST_YTD           | 2022-09 | 10265.038          | bn VND | estimate    | to_date
            gso_bieu_2022-09.xlsx | 19.VonNSNNthang | F30 | STATE_BUDGET_INVEST_PLAN_PCT_YTD  | 2022-09 | 56.7013575685399   | %      | estimate    | to_date
            gso_bieu_2022-09.xlsx | 19.VonNSNNthang | G30 | STATE_BUDGET_INVEST_YOY_INDEX_YTD | 2022-09 | 124.21063916755341 | %      | estimate    | to_date
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | C28 | STATE_BUDGET_INVEST           | 2022-Q1 | 1668.916           | bn VND | preliminary | quarter
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | D28 | STATE_BUDGET_INVEST           | 2022-Q2 | 3283.091           | bn VND | preliminary | quarter
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | E28 | STATE_BUDGET_INVEST           | 2022-Q3 | 5313.031000000001  | bn VND | estimate    | quarter
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | F28 | STATE_BUDGET_INVEST_YOY_INDEX | 2022-Q1 | 123.27495021480026 | %      | estimate    | quarter
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | G28 | STATE_BUDGET_INVEST_YOY_INDEX | 2022-Q2 | 127.67077485807083 | %      | estimate    | quarter
            gso_bieu_2022-09.xlsx | 20.VonNSNNquy | H28 | STATE_BUDGET_INVEST_YOY_INDEX | 2022-Q3 | 122.45186710927005 | %      | estimate    | quarter
            gso_bieu_2022-09.xlsx | 21.DTNN (2) | C10 | FDI_GSO_PROJECTS_YTD | 2022-09 | 58              | projects | estimate | to_date
            gso_bieu_2022-09.xlsx | 21.DTNN (2) | D10 | FDI_GSO_NEW_USD_YTD  | 2022-09 | 806.350165      | mn USD   | estimate | to_date
            gso_bieu_2022-09.xlsx | 21.DTNN (2) | E10 | FDI_GSO_ADJ_USD_YTD  | 2022-09 | 396.23254221875 | mn USD   | estimate | to_date
            gso_bieu_2024-03.xlsx | 10.LĐCN_DP | B15 | IND_LABOUR_INDEX_MOM | 2024-03 | 101.25 | % | estimate | month
            gso_bieu_2024-03.xlsx | 10.LĐCN_DP | C15 | IND_LABOUR_INDEX_YOY | 2024-03 | 101.25 | % | estimate | month
            gso_bieu_2024-03.xlsx | 17.VDT tu NSNN | C32 | STATE_BUDGET_INVEST           | 2024-02 | 551.097            | bn VND | preliminary | month
            gso_bieu_2024-03.xlsx | 17.VDT tu NSNN | D32 | STATE_BUDGET_INVEST           | 2024-03 | 874.318            | bn VND | estimate    | month
            gso_bieu_2024-03.xlsx | 17.VDT tu NSNN | E32 | STATE_BUDGET_INVEST           | 2024-Q1 | 2295.878           | bn VND | estimate    | quarter
            gso_bieu_2024-03.xlsx | 17.VDT tu NSNN | F32 | STATE_BUDGET_INVEST_PLAN_PCT  | 2024-Q1 | 11.495057763731968 | %      | estimate    | quarter
            gso_bieu_2024-03.xlsx | 17.VDT tu NSNN | G32 | STATE_BUDGET_INVEST_YOY_INDEX | 2024-Q1 | 107.25429822483773 | %      | estimate    | quarter
            gso_bieu_2024-03.xlsx | 18.FDI | C16 | FDI_GSO_PROJECTS_YTD | 2024-03 | 24          | projects | estimate | to_date
            gso_bieu_2024-03.xlsx | 18.FDI | D16 | FDI_GSO_NEW_USD_YTD  | 2024-03 | 204.3518119 | mn USD   | estimate | to_date
            gso_bieu_2024-03.xlsx | 18.FDI | E16 | FDI_GSO_ADJ_USD_YTD  | 2024-03 | 46.65       | mn USD   | estimate | to_date
            gso_bieu_2023-03.xlsx | 2.GRDP | B14 | LOC_* | 2023-Q1 | 109.65 | % | estimate | quarter
            mof_ckns_dutoan_2008_provinces.xls    | Sheet1 | C36 | BUDGET_REV_TOTAL          | 2008 | 15698    | bn VND | estimate | year
            mof_ckns_dutoan_2008_provinces.xls    | Sheet1 | D36 | BUDGET_REV_RETENTION_PCT  | 2008 | 90       | %      | estimate | year
            mof_ckns_dutoan_2008_provinces.xls    | Sheet1 | E36 | BUDGET_EXP_LOCAL_BALANCED | 2008 | 3527.813 | bn VND | estimate | year
            mof_ckns_dutoan_2008_provinces.xls    | Sheet1 | F36 | BUDGET_TRANSFER_TOTAL     | 2008 | 612.946  | bn VND | estimate | year
            mof_ckns_dutoan_2012_provinces.xls    | M08    | C32 | BUDGET_REV_TOTAL          | 2012 | 56470    | bn VND | estimate | year
            mof_ckns_dutoan_2012_provinces.xls    | M08    | D32 | BUDGET_REV_RETENTION_PCT  | 2012 | 88       | %      | estimate | year
            mof_ckns_dutoan_2012_provinces.xls    | M08    | E32 | BUDGET_EXP_LOCAL_BALANCED | 2012 | 8317.582 | bn VND | estimate | year
            mof_ckns_dutoan_2012_provinces.xls    | M08    | F32 | BUDGET_TRANSFER_TOTAL     | 2012 | 779.509  | bn VND | estimate | year
            mof_ckns_quyettoan_2008_provinces.xls | Sheet1 | C30 | BUDGET_REV_TOTAL          | 2008 | 23487.461 | bn VND | official | year
            mof_ckns_quyettoan_2008_provinces.xls | Sheet1 | E30 | BUDGET_REV_RETENTION_PCT  | 2008 | 90        | %      | official | year
            mof_ckns_quyettoan_2008_provinces.xls | Sheet1 | F30 | BUDGET_EXP_LOCAL_BALANCED | 2008 | 5222.867  | bn VND | official | year
            mof_ckns_quyettoan_2008_provinces.xls | Sheet1 | G30 | BUDGET_TRANSFER_TOTAL     | 2008 | 800.361   | bn VND | official | year
            mof_ckns_quyettoan_2010_provinces.xls | M09+   | C30 | BUDGET_REV_TOTAL          | 2010 | 41867.448463609   | bn VND | official | year
            mof_ckns_quyettoan_2010_provinces.xls | M09+   | D30 | BUDGET_REV_RETENTION_PCT  | 2010 | 90                | %      | official | year
            mof_ckns_quyettoan_2010_provinces.xls | M09+   | E30 | BUDGET_EXP_LOCAL_BALANCED | 2010 | 8885.528088289    | bn VND | official | year
            mof_ckns_quyettoan_2010_provinces.xls | M09+   | F30 | BUDGET_TRANSFER_TOTAL     | 2010 | 1369.523447142368 | bn VND | official | year
            mof_ckns_quyettoan_2010_provinces.xls | M09+   | G30 | BUDGET_TRANSFER_BALANCING | 2010 | 0                 | bn VND | official | year
            mof_ckns_dutoan_2017_provinces.xls    | M09    | C31 | BUDGET_REV_TOTAL          | 2017 | 69523     | bn VND | estimate | year
            mof_ckns_quyettoan_2014_provinces.xls | M09+   | F31 | BUDGET_EXP_LOCAL_BALANCED | 2014 | 14738.337075737998 | bn VND | official | year
            gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv | | F9 | GRDP_PER_CAPITA_VND | 2022 | 173.52 | mn VND | preliminary | year
            nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx | E02.55 | R11 | TRAINED_LABOUR_CERT | 2024 | 38.04 | % | preliminary | year
            """)
    void readsTheCell(String file, String sheet, String cell, String indicator, String period, double value,
                      String unit, String vintage, String coverage) {
        Ingested ingested = read(file);
        List<Integer> at = IntStream.range(0, ingested.locations().size())
                .filter(i -> cell.equals(ingested.locations().get(i).column())
                        && (sheet == null || sheet.equals(String.valueOf(ingested.locations().get(i).sheet()).strip())))
                .boxed().toList();
        assertThat(at).as("figures from %s!%s of %s", sheet, cell, file).hasSize(1);
        Observation o = ingested.observations().get(at.get(0));
        assertThat(o.area()).isEqualTo("Hải Phòng");
        if (indicator.endsWith("*")) {
            assertThat(o.indicator()).startsWith(indicator.substring(0, indicator.length() - 1));
        } else {
            assertThat(o.indicator()).isEqualTo(indicator);
        }
        assertThat(o.period()).isEqualTo(period);
        assertThat(o.value()).isEqualTo(value);
        assertThat(o.unit()).isEqualTo(unit);
        assertThat(o.vintage().code()).isEqualTo(vintage);
        assertThat(o.coverage()).isEqualTo(coverage);
    }

    @Test
    void aTableNoProfileKnowsIsReadUnderItsTitlesCode() {
        // Title A1 "2. Tốc độ phát triển tổng sản phẩm trên địa bàn tỉnh, thành phố" + A2 "… (GRDP) quý I năm 2023 so
        // với cùng kỳ năm trước": the code keeps the words, not the number or the period.
        Observation o = read("gso_bieu_2023-03.xlsx").observations().stream()
                .filter(x -> x.area().equals("Hải Phòng") && x.indicator().startsWith("LOC_")).findFirst().orElseThrow();
        assertThat(o.indicator()).startsWith("LOC_TOC_DO_PHAT_TRIEN_TONG_SAN_PHAM").endsWith("_YOY_INDEX")
                .doesNotContain("2023").doesNotContain("QUY");
        assertThat(o.measure()).isEqualTo("yoy_index");
    }

    @Test
    void theSameIndicatorAndPeriodComesOnceFromEachTable() {
        for (String file : List.of("gso_bieu_2019-06.xlsx", "gso_bieu_2022-09.xlsx", "gso_bieu_2020-03.xlsx")) {
            List<String> keys = read(file).observations().stream()
                    .map(o -> o.indicator() + "|" + o.area() + "|" + o.period() + "|" + o.vintage() + "|" + o.source())
                    .toList();
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }
}
