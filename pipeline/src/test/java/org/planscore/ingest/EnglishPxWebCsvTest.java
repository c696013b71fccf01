package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscore.store.Observation;

/**
 * The English PX-Web CSV export (src/test/resources/constructed: the real Vietnamese GRDP-per-capita export with the
 * words of the English portal, same figures and rows): Hai Phong's figures as the real-data README lists them for
 * the Vietnamese file, in the same cells, with the same period, vintage ("Prel." as "Sơ bộ": preliminary) and unit.
 */
class EnglishPxWebCsvTest {

    private static final Ingested READ = Ingested.read(Ingested.resource("constructed/pxweb_en_grdp_per_capita_2018-2022.csv"));

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2018 | 104.42 | official    | B9
            2021 | 151.13 | official    | E9
            2022 | 173.52 | preliminary | F9
            """)
    void readsHaiPhongsFigure(String year, double value, String vintage, String cell) {
        List<Observation> found = READ.find("GRDP_PER_CAPITA_VND", "Hải Phòng", year);
        assertThat(found).hasSize(1);
        Observation o = found.get(0);
        assertThat(o.value()).isEqualTo(value);
        assertThat(o.unit()).isEqualTo("mn VND");
        assertThat(o.vintage().code()).isEqualTo(vintage);
        assertThat(o.coverage()).isEqualTo("year");
        assertThat(READ.locationOf(o).column()).isEqualTo(cell);
    }

    @org.junit.jupiter.api.Test
    void readsTwoDotsAsNoFigure(@TempDir Path dir) throws IOException {
        // The English portal writes ".." where a figure is missing; the real export has none, so one is put here.
        Path file = dir.resolve("pxweb_en_missing.csv");
        String text = Files.readString(Ingested.resource("constructed/pxweb_en_grdp_per_capita_2018-2022.csv"),
                StandardCharsets.US_ASCII);
        Files.writeString(file, text.replace("\"Hai Phong\",104.42,", "\"Hai Phong\",..,"), StandardCharsets.US_ASCII);

        Ingested missing = Ingested.read(file);

        assertThat(missing.find("GRDP_PER_CAPITA_VND", "Hải Phòng", "2018")).isEmpty();
        assertThat(missing.find("GRDP_PER_CAPITA_VND", "Hải Phòng", "2019")).hasSize(1);
        assertThat(missing.problems()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsEveryProvinceAndNoRegion() {
        // 69 rows: 6 regions and 63 provinces, five years each; regions are no area of the plan's gazetteer.
        assertThat(READ.observations().stream().map(Observation::area).distinct()).hasSize(63);
        assertThat(READ.observations()).hasSize(63 * 5);
        assertThat(READ.problems()).isEmpty();
    }
}
