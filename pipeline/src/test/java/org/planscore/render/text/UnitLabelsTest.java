package org.planscore.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.planscore.plan.PlanCatalogue;
import org.planscore.plan.PlanTarget;

class UnitLabelsTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Locale EN = Locale.ENGLISH;
    /** Surefire runs in pipeline/, so the shipped catalogue and samples are one folder up. */
    private static final Path CATALOGUE = Path.of("../config/plans/haiphong-2025.yml");
    private static final Path SAMPLES = Path.of("../data/samples/haiphong-facts.csv");

    @Test
    void theCatalogueUnitsReadInVietnameseInTheVietnameseEdition() {
        // the Vietnamese words of the issue (tỷ đồng, triệu USD, triệu lượt khách, doanh nghiệp, bến)
        assertEquals("tỷ đồng", UnitLabels.of("bn VND", VI));
        assertEquals("triệu USD", UnitLabels.of("mn USD", VI));
        assertEquals("tỷ USD", UnitLabels.of("bn USD", VI));
        assertEquals("triệu lượt khách", UnitLabels.of("mn visits", VI));
        assertEquals("doanh nghiệp", UnitLabels.of("firms", VI));
        assertEquals("bến", UnitLabels.of("berths", VI));
        assertEquals("%", UnitLabels.of("%", VI));
    }

    @Test
    void aUnitWrittenInVietnameseReadsInEnglishInTheEnglishEdition() {
        assertEquals("bn VND", UnitLabels.of("tỷ đồng", EN));
        assertEquals("bn VND", UnitLabels.of(" bn VND ", EN));
        assertEquals("mn visits", UnitLabels.of("triệu lượt khách", EN));
    }

    @Test
    void anUnknownUnitIsShownAsWritten() {
        assertEquals("con", UnitLabels.of(" con ", VI));
        assertEquals(null, UnitLabels.of(null, VI));
    }

    @Test
    void everyUnitOfTheShippedCatalogueAndSamplesHasItsWords() throws IOException {
        // given every unit the shipped catalogue and sample figures use
        Set<String> units = new TreeSet<>();
        for (PlanTarget target : PlanCatalogue.load(CATALOGUE).targets()) {
            units.add(target.unit());
        }
        try (Reader in = Files.newBufferedReader(SAMPLES, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord record : csv) {
                units.add(record.get("unit"));
            }
        }
        // then the unit table knows each of them, so no English unit reaches a Vietnamese reader
        assertThat(units).isNotEmpty().allMatch(UnitLabels::isKnown, "listed in i18n/units.txt");
    }
}
