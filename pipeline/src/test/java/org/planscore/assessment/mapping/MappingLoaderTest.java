package org.planscore.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MappingLoaderTest {

    @Test
    void theShippedMappingsLoadAndFeedThePlansFdiAndIipIndicators() {
        // given the mapping files shipped in config/mappings
        Mappings shipped = PlanMappings.load(Path.of("..", "config", "mappings"));

        // then registered FDI feeds the plan's FDI indicator, for the year and year to date, a thousandth of mn USD
        Mapping fdi = shipped.feeding("FDI_ATTRACTED_USD", Mapping.Periods.YEAR).get(0);
        assertThat(fdi.from()).containsExactly("FDI_GSO_NEW_USD", "FDI_GSO_ADJ_USD");
        assertThat(fdi.convert(1139.0042105 + 792.73843621875)).isCloseTo(1.93174264671875, within());
        assertThat(fdi.note().vi()).isNotBlank();
        assertThat(fdi.note().en()).contains("capital contributions");
        assertThat(shipped.feeding("FDI_ATTRACTED_USD", Mapping.Periods.YEAR_TO_DATE)).extracting(Mapping::from)
                .contains(java.util.List.of("FDI_GSO_NEW_USD_YTD", "FDI_GSO_ADJ_USD_YTD"));
        // and the index on the same period of last year becomes a growth rate: 110.5 -> 10.5 %
        assertThat(shipped.feeding("IIP_GROWTH", Mapping.Periods.YEAR).get(0).convert(110.5))
                .isCloseTo(10.5, within());
        // and a statistics office's workbook outranks a newspaper
        assertThat(shipped.sourceRank("GSO monthly workbook (Biểu số liệu), FDI licensed by locality — a.xlsx"))
                .isGreaterThan(shipped.sourceRank("https://cafef.vn/some-article.chn"));
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        String yaml = """
                mappings:
                  - id: fdi
                    indicator: FDI_ATTRACTED_USD
                    from: [FDI_GSO_NEW_USD]
                    from_unit: mn USD
                    unit: bn USD
                    note: {vi: "a", en: "b"}
                  - id: Bad Id
                    indicator: X
                    from: X
                    unit: "%"
                    colour: red
                    periods: weekly
                """;
        assertThatThrownBy(() -> MappingLoader.parse("m.yml", yaml))
                .isInstanceOf(MappingValidationException.class)
                .satisfies(e -> assertThat(((MappingValidationException) e).errors()).containsExactly(
                        "m.yml:2: mapping 'fdi' from 'mn USD' to 'bn USD' the factor is 0.001, not 1",
                        "m.yml:8: id 'Bad Id' must be lower-case letters, digits and '-'",
                        "m.yml:8: mapping 'Bad Id' needs 'note': {vi, en}, the one-line definition the report prints",
                        "m.yml:10: mapping 'Bad Id' maps 'X' onto itself",
                        "m.yml:12: a mapping: unknown field 'colour' (known fields: factor, from, from_unit, id, "
                                + "index_to_growth, indicator, note, periods, rank, unit, why)",
                        "m.yml:13: mapping 'Bad Id' periods must be 'year' or 'year_to_date', not 'weekly'"));
    }

    @Test
    void notYamlIsOneLineNumberedProblem() {
        assertThatThrownBy(() -> MappingLoader.parse("m.yml", "mappings:\n  - id: [unclosed\n"))
                .isInstanceOf(MappingValidationException.class)
                .hasMessageStartingWith("m.yml:3: not valid YAML");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
