package org.planscore.ingest.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileLoaderTest {

    @Test
    void shippedProfilesLoad() {
        assertThat(Profiles.packaged().all()).extracting(SourceProfile::id).contains("gso-fdi-by-locality",
                "gso-state-budget-investment-by-locality", "gso-industrial-labour-index-by-locality",
                "mof-budget-by-province", "pxweb-by-province", "fdi-by-province-monthly-csv");
    }

    @Test
    void everyProblemNamesFileAndLine() {
        String yaml = """
                id: Bad Id
                name: {vi: "Thử"}
                recognise:
                  title: ["cấp phép"]
                  titel: ["typo"]
                numbers: roman
                measures:
                  - {indicator: "FDI NEW", column: ["cấp mới"], period: weekly}
                """;
        assertThatThrownBy(() -> ProfileLoader.parse("config/sources/bad.yml", yaml))
                .isInstanceOfSatisfying(ProfileValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "config/sources/bad.yml:1: id 'Bad Id' must be lower-case letters, digits and '-'",
                        "config/sources/bad.yml:5: recognise: unknown field 'titel' (known fields: header, not_title, title)",
                        "config/sources/bad.yml:6: numbers must be vn (1.234,5), en (1,234.5) or auto, not 'roman'",
                        "config/sources/bad.yml:8: indicator code 'FDI NEW' may hold only unaccented letters, digits, _ - .",
                        "config/sources/bad.yml:8: measure period must be one of [auto, title, cumulative, month], not 'weekly'"));
    }

    @Test
    void phrasesAreComparedWithoutAccentsAndWithLostLetters() {
        Phrase p = Phrase.of("bình quân & đầu người | per capita");
        assertThat(p.in(org.planscore.ingest.text.VnText.fold("T?ng s?n ph?m bình quân ??u ngu?i"))).isTrue();
        assertThat(p.in("grdp per capita")).isTrue();
        assertThat(Phrase.of("=năm ####").in("nam 2024")).isTrue();
        assertThat(Phrase.of("=năm ####").in("nam 2024 so voi ke hoach")).isFalse();
    }
}
