package org.planscore.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planscore.plan.LocalizedText;
import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;
import org.planscore.store.Vintage;

class DerivedFiguresTest {

    private final List<StoredObservation> stored = new ArrayList<>();

    private final Mapping fdi = new Mapping("fdi", "FDI_ATTRACTED_USD", List.of("NEW", "ADJ"), "mn USD", "bn USD",
            false, 0.001, Mapping.Periods.YEAR, -40, new LocalizedText("vi", "en"), "m.yml", 1);
    private final Mapping fdiToDate = new Mapping("fdi-ytd", "FDI_ATTRACTED_USD", List.of("NEW_YTD", "ADJ_YTD"),
            "mn USD", "bn USD", false, 0.001, Mapping.Periods.YEAR_TO_DATE, -40, new LocalizedText("vi", "en"),
            "m.yml", 2);

    private void add(String code, String period, double value, String unit, String file, String cell) {
        stored.add(new StoredObservation(stored.size() + 1, new Observation(code, "Hải Phòng", period, value, unit,
                Vintage.ESTIMATE, "GSO — " + file, null, null, file, 10), Instant.EPOCH, cell, null));
    }

    private List<StoredObservation> of(String code) {
        return stored.stream().filter(s -> s.observation().indicator().equals(code)).toList();
    }

    @Test
    void theSumOfTwoMeasuresOfOneFileAreaAndYearIsConvertedAndCitesBothCells() {
        // given new and adjusted FDI of the 2022 December workbook, and a new-only figure of another file
        add("NEW", "2022", 1139.0042105, "mn USD", "dec-2022", "D11");
        add("ADJ", "2022", 792.73843621875, "mn USD", "dec-2022", "E11");
        add("NEW", "2022", 1000, "mn USD", "other", "D9");
        // and a column misread as projects (another measure: left out)
        add("ADJ", "2022", 91, "projects", "other", "E9");

        // when the plan indicator's figures are read
        List<StoredObservation> figures = DerivedFigures.over(this::of, new Mappings(List.of(fdi), List.of()))
                .apply("FDI_ATTRACTED_USD");

        // then one figure: the sum of the pair of one file, in bn USD, cited to both cells, with the mapping
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.observation().value()).isEqualTo((1139.0042105 + 792.73843621875) * 0.001);
            assertThat(f.observation().unit()).isEqualTo("bn USD");
            assertThat(f.observation().period()).isEqualTo("2022");
            assertThat(f.cell()).isEqualTo("D11+E11");
            assertThat(f.derivation().mapping()).isEqualTo("fdi");
            assertThat(f.derivation().rankOffset()).isEqualTo(-40);
            assertThat(f.id()).isEqualTo(2);
        });
    }

    @Test
    void yearToDateFiguresBecomeThePlansPartYearCodes() {
        // given the March 2024 issue's FDI from 1 January
        add("NEW_YTD", "2024-03", 204.3518119, "mn USD", "mar-2024", "D16");
        add("ADJ_YTD", "2024-03", 46.65, "mn USD", "mar-2024", "E16");
        Mappings mappings = new Mappings(List.of(fdiToDate), List.of());

        // then the plan's three-month code has the year's figure to date, and no other month has one
        assertThat(DerivedFigures.partYearCodes("FDI_ATTRACTED_USD", mappings)).contains("FDI_ATTRACTED_USD_3M");
        var f = DerivedFigures.over(this::of, mappings);
        assertThat(f.apply("FDI_ATTRACTED_USD_3M")).singleElement().satisfies(s -> {
            assertThat(s.observation().period()).isEqualTo("2024");
            assertThat(s.observation().value()).isEqualTo((204.3518119 + 46.65) * 0.001);
        });
        assertThat(f.apply("FDI_ATTRACTED_USD_6M")).isEmpty();
        assertThat(f.apply("FDI_ATTRACTED_USD")).isEmpty();
    }

    @Test
    void anIndexOnTheSamePeriodOfLastYearBecomesAGrowthRate() {
        add("IIP_INDEX_YOY", "2024", 115.43, "%", "dec-2024", "C20");
        add("IIP_INDEX_YOY", "2024-12", 112.0, "%", "dec-2024", "B20");
        Mapping iip = new Mapping("iip", "IIP_GROWTH", List.of("IIP_INDEX_YOY"), "%", "%", true, 1,
                Mapping.Periods.YEAR, 0, new LocalizedText("vi", "en"), "m.yml", 3);
        assertThat(DerivedFigures.over(this::of, new Mappings(List.of(iip), List.of())).apply("IIP_GROWTH"))
                .singleElement().satisfies(s -> assertThat(s.observation().value()).isCloseTo(15.43,
                        org.assertj.core.data.Offset.offset(1e-9)));
    }
}
