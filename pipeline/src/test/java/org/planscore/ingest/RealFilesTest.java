package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscore.store.Observation;

/**
 * Every Hai Phong figure that the real-data README lists, read from the real files (src/test/resources/real) by the
 * packaged source profiles: value exact (as stored, or exactly converted for the MoF's triệu đồng), unit, period,
 * vintage and the cell it came from.
 */
class RealFilesTest {

    private static final Map<String, Ingested> READ = new ConcurrentHashMap<>();

    private static Ingested read(String file) {
        return READ.computeIfAbsent(file, f -> Ingested.read(Ingested.resource("real/" + f)));
    }

    @ParameterizedTest(name = "{0}: {1} {3} = {4} {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            gso_bieu_2020-12.xlsx | FDI_GSO_NEW_USD           | Hải Phòng | 2020 | 1064.128042        | mn USD   | estimate    | D10
            gso_bieu_2020-12.xlsx | FDI_GSO_ADJ_USD           | Hải Phòng | 2020 | 376.666041         | mn USD   | estimate    | E10
            gso_bieu_2020-12.xlsx | FDI_GSO_PROJECTS          | Hải Phòng | 2020 | 79                 | projects | estimate    | C10
            gso_bieu_2020-12.xlsx | STATE_BUDGET_INVEST       | Hải Phòng | 2020 | 14321.43           | bn VND   | estimate    | E30
            gso_bieu_2020-12.xlsx | STATE_BUDGET_INVEST_PLAN_PCT | Hải Phòng | 2020 | 99.130823008237 | %        | estimate    | F30
            gso_bieu_2020-12.xlsx | IND_LABOUR_INDEX_YOY      | Hải Phòng | 2020-12 | 95.36           | %        | estimate    | C16
            gso_bieu_2022-12.xlsx | FDI_GSO_NEW_USD           | Hải Phòng | 2022 | 1139.0042105       | mn USD   | estimate    | D11
            gso_bieu_2022-12.xlsx | FDI_GSO_ADJ_USD           | Hải Phòng | 2022 | 792.73843621875    | mn USD   | estimate    | E11
            gso_bieu_2022-12.xlsx | STATE_BUDGET_INVEST       | Hải Phòng | 2022 | 17977.913          | bn VND   | estimate    | E29
            gso_bieu_2022-12.xlsx | IND_LABOUR_INDEX_YOY      | Hải Phòng | 2022-12 | 104.06          | %        | estimate    | C15
            gso_bieu_2024-12.xlsx | FDI_GSO_NEW_USD           | Hải Phòng | 2024 | 787.2263849        | mn USD   | estimate    | D19
            gso_bieu_2024-12.xlsx | FDI_GSO_ADJ_USD           | Hải Phòng | 2024 | 3731.0236365       | mn USD   | estimate    | E19
            gso_bieu_2024-12.xlsx | FDI_GSO_PROJECTS          | Hải Phòng | 2024 | 121                | projects | estimate    | C19
            gso_bieu_2024-12.xlsx | STATE_BUDGET_INVEST       | Hải Phòng | 2024 | 20487.006          | bn VND   | estimate    | E29
            gso_bieu_2024-12.xlsx | IND_LABOUR_INDEX_YOY      | Hải Phòng | 2024-12 | 102.9           | %        | estimate    | C15
            gso_bieu_2024-12.xlsx | FDI_GSO_ADJ_USD           | Bà Rịa - Vũng Tàu | 2024 | -9.557457 | mn USD   | estimate    | E11
            mof_ckns_dutoan_2017_provinces.xls    | BUDGET_REV_TOTAL          | Hải Phòng | 2017 | 69523       | bn VND | estimate | C31
            mof_ckns_dutoan_2017_provinces.xls    | BUDGET_REV_LOCAL_RETAINED | Hải Phòng | 2017 | 13468.944   | bn VND | estimate | D31
            mof_ckns_dutoan_2017_provinces.xls    | BUDGET_REV_RETENTION_PCT  | Hải Phòng | 2017 | 78          | %      | estimate | E31
            mof_ckns_dutoan_2017_provinces.xls    | BUDGET_EXP_LOCAL_BALANCED | Hải Phòng | 2017 | 13689.844   | bn VND | estimate | H31
            mof_ckns_quyettoan_2014_provinces.xls | BUDGET_REV_TOTAL          | Hải Phòng | 2014 | 48704.099   | bn VND | official | C31
            mof_ckns_quyettoan_2014_provinces.xls | BUDGET_REV_RETENTION_PCT  | Hải Phòng | 2014 | 88          | %      | official | E31
            mof_ckns_quyettoan_2014_provinces.xls | BUDGET_EXP_LOCAL_BALANCED | Hải Phòng | 2014 | 14738.337075737998 | bn VND | official | F31
            gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv | GRDP_PER_CAPITA_VND | Hải Phòng | 2018 | 104.42 | mn VND | official    | B9
            gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv | GRDP_PER_CAPITA_VND | Hải Phòng | 2021 | 151.13 | mn VND | official    | E9
            gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv | GRDP_PER_CAPITA_VND | Hải Phòng | 2022 | 173.52 | mn VND | preliminary | F9
            nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx | TRAINED_LABOUR_CERT | Hải Phòng | 2018 | 31.3  | %      | official    | L11
            nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx | TRAINED_LABOUR_CERT | Hải Phòng | 2024 | 38.04 | %      | preliminary | R11
            nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx | TRAINED_LABOUR_CERT | Việt Nam  | 2024 | 28.43 | %      | preliminary | R4
            grdp_per_capita_by_province_2022.csv | GRDP_PER_CAPITA_VND | Hải Phòng | 2022 | 173.52        | mn VND   | official    | C7
            fdi_by_province_monthly.csv | FDI_GSO_NEW_USD         | Hải Phòng | 2020    | 1064.128042   | mn USD   | estimate    | D1955
            fdi_by_province_monthly.csv | FDI_GSO_ADJ_USD         | Hải Phòng | 2024    | 3731.0236365  | mn USD   | estimate    | E91
            fdi_by_province_monthly.csv | FDI_GSO_NEW_USD_YTD     | Hải Phòng | 2025-02 | 336.354744    | mn USD   | estimate    | D4
            fdi_by_province_monthly.csv | FDI_GSO_NEW_USD_MONTH   | Hải Phòng | 2025-02 | 219.28331599999999 | mn USD | estimate | N4
            """)
    void readsTheFigure(String file, String indicator, String area, String period, double value, String unit,
                        String vintage, String cell) {
        Ingested ingested = read(file);
        List<Observation> found = ingested.find(indicator, area, period);
        assertThat(found).as("%s %s %s in %s", indicator, area, period, file).hasSize(1);
        Observation o = found.get(0);
        assertThat(o.value()).isEqualTo(value);
        assertThat(o.unit()).isEqualTo(unit);
        assertThat(o.vintage().code()).isEqualTo(vintage);
        assertThat(ingested.locationOf(o).column()).isEqualTo(cell);
    }

    @ParameterizedTest
    // December issues: FDI, labour index, the monthly and the quarterly investment table (both the investment profile's).
    @CsvSource({"gso_bieu_2020-12.xlsx,4", "gso_bieu_2022-12.xlsx,4", "gso_bieu_2024-12.xlsx,4",
            "mof_ckns_dutoan_2017_provinces.xls,1", "mof_ckns_quyettoan_2014_provinces.xls,1"})
    void findsTheTablesByTitleNotSheetName(String file, int tables) {
        assertThat(read(file).tables()).hasSize(tables);
        assertThat(read(file).problems()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void hasEveryProvinceOnceInTheMinistryTable() {
        List<Observation> revenue = read("mof_ckns_dutoan_2017_provinces.xls").observations().stream()
                .filter(o -> o.indicator().equals("BUDGET_REV_TOTAL")).toList();
        // 63 provinces and the national total (which is not their sum: it includes central-only revenue).
        assertThat(revenue).hasSize(64);
        assertThat(revenue.stream().map(Observation::area).distinct()).hasSize(64).contains("Hải Dương", "Việt Nam");
    }

    @org.junit.jupiter.api.Test
    void estimateAndFinalAccountAreDistinctVintagesWithTheirPublicationDate() {
        Observation estimate = read("mof_ckns_dutoan_2017_provinces.xls").find("BUDGET_REV_TOTAL", "Hải Phòng", "2017")
                .get(0);
        assertThat(estimate.published()).isEqualTo(java.time.LocalDate.of(2016, 12, 15));
        assertThat(estimate.note()).contains("converted from mn VND");
    }

    @org.junit.jupiter.api.Test
    void notesTolerantAreaMatches() {
        Observation o = read("gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv")
                .find("GRDP_PER_CAPITA_VND", "Hải Phòng", "2018").get(0);
        assertThat(o.note()).contains("H?i Phòng").contains("code page");
    }
}
