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

    @Test
    void validateReadsTheLimitsFromTheConfigurationFilesAndTheActiveProfile() throws Exception {
        // given a configuration folder whose application.yml sets 6 columns and whose "strict" profile sets 5
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("application.yml"), "planscore.import.limits.max-columns: 6\n");
        Files.writeString(config.resolve("application-strict.yml"), "planscore.import.limits.max-columns: 5\n");
        Path file = Files.writeString(dir.resolve("seven.csv"), "indicator,area,period,value,unit,vintage,source\n"
                + "X,Hải Phòng,2024,1,%,official,test\n");
        String location = "--spring.config.location=optional:file:" + config + "/";

        // when validate runs on that folder, without and then with the profile
        String plain = validateOutput("validate", location, file.toString());
        String strict = validateOutput("validate", location, "--spring.profiles.active=strict", file.toString());

        // then the file's seventh column is refused by the file's limit, and the sixth by the profile's
        assertThat(plain).contains("REJECTED").contains("column 7").contains("limit of 6 columns");
        assertThat(strict).contains("REJECTED").contains("column 6").contains("limit of 5 columns");
    }

    private static String validateOutput(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanScoreCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args);
        return out.toString(StandardCharsets.UTF_8);
    }
}
