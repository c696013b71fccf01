package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.assessment.mapping.MappingValidationException;
import org.planscore.assessment.mapping.PlanMappings;

class MappingsAtStartupTest {

    @TempDir
    Path dir;

    @Test
    void anInvalidMappingFileStopsTheStartAsAnInvalidConfigurationNamingFileAndLine() throws IOException {
        // given a mappings folder whose file converts million to billion without the factor
        Path file = dir.resolve("fdi.yml");
        Files.writeString(file, """
                mappings:
                  - id: fdi
                    indicator: FDI_ATTRACTED_USD
                    from: FDI_GSO_NEW_USD
                    from_unit: mn USD
                    unit: bn USD
                    note: {vi: "Vốn FDI đăng ký", en: "registered FDI"}
                """);

        // when the application loads the mappings at start-up
        MappingValidationException e = assertThrows(MappingValidationException.class, () -> new PlanMappings(dir));

        // then the problem names the file and line, and the start fails as an invalid configuration (exit 3)
        assertThat(e.errors()).containsExactly(file + ":2: mapping 'fdi' from 'mn USD' to 'bn USD' the factor is 0.001, not 1");
        assertThat(StartupFailure.classify(new IllegalStateException("context", e))).isEqualTo(ExitCode.CONFIG_INVALID);
    }
}
