package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.ImportLimits;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The import limits are one set of settings: the defaults bound from an empty configuration are the ones code
 * without Spring uses, and {@code validate} refuses by the limits configured, as {@code run} does.
 */
class ImportLimitsFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void theBoundDefaultsAreTheDefaults() {
        // given no setting at all
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

        // when the limits are bound
        ImportLimits bound = binder.bindOrCreate("planscore.import.limits", ImportLimits.class);

        // then they are exactly the defaults, and the shipped application.yml repeats none of them
        assertThat(bound).isEqualTo(ImportLimits.DEFAULTS);
    }

    @Test
    void validateRefusesByTheConfiguredLimits() throws Exception {
        // given a tidy file with seven columns, and a limit of five columns set on the command line
        Path file = Files.writeString(dir.resolve("seven.csv"), "indicator,area,period,value,unit,vintage,source\n"
                + "X,Hải Phòng,2024,1,%,official,test\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when validate runs with it
        ExitCode code = new PlanScoreCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("validate", "--planscore.import.limits.max-columns=5", file.toString());

        // then the file is refused for its sixth column, as run would refuse it
        assertThat(code).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REJECTED").contains("column 6")
                .contains("limit of 5 columns");
    }
}
