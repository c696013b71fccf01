package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./planscore} as cron and analysts use it: commands, their output, and the documented exit statuses. */
class CommandLineFunctionalTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ExitCode planscore(String... args) {
        return new PlanScoreCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void progressScoresEachCaseAndMarksAMalformedRowWithoutStoppingTheOthers() throws Exception {
        // given a cases file with one good row and one malformed row
        Path cases = Files.writeString(dir.resolve("cases.csv"), """
                id,series,base_year,target_year,target,direction,limit
                worked,2015:60;2022:70,2015,2030,90,increase,
                broken,2015:60;2022:seventy,2015,2030,90,increase,
                """);
        Path result = dir.resolve("out.csv");

        // when progress runs
        ExitCode code = planscore("progress", "--cases", cases.toString(), "--out", result.toString());

        // then both rows are in the output, the broken one as an error naming what is wrong
        assertThat(code).isEqualTo(ExitCode.OK);
        var lines = Files.readAllLines(result);
        assertThat(lines.get(0)).isEqualTo(
                "id,base_year_used,base_value,current_year,current_value,progress_value,status,score,message");
        // P = CAGR(70/60 over 7 y) / CAGR(90/60 over 15 y) = 0.022266 / 0.027399 = 0.81263 ≥ 0.60 → moderate
        assertThat(lines.get(1)).startsWith("worked,2015,60.0,2022,70.0,0.81263").contains(",moderate_progress,");
        assertThat(lines.get(2)).startsWith("broken,").contains(",error,").contains("seventy");
    }

    @Test
    void validateShowsTheObservationsAFileWouldGiveAndImportsNothing() throws Exception {
        // given a tidy file with one good and one bad row
        Path file = Files.writeString(dir.resolve("figures.csv"), """
                indicator,area,period,value,unit,vintage,source
                EXPORTS_USD,Hải Phòng,2025,50.14,bn USD,estimate,press release
                EXPORTS_USD,Hải Phòng,2025-13,1,bn USD,estimate,press release
                """);

        // when validate --show runs on it
        ExitCode code = planscore("validate", "--show", file.toString());

        // then stdout is CSV of the good row; stderr names the bad cell; the exit status says not all was clean
        assertThat(code).isEqualTo(ExitCode.RUN_FAILED);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("indicator,area,period,value,unit,vintage,source");
        assertThat(csv).contains("EXPORTS_USD,Hải Phòng,2025,50.14,bn USD,estimate,press release");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2025-13").contains("row 3, column \"period\"");
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndPrintsTheUsage() {
        assertThat(planscore("frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(planscore("run", "--as-of", "31/12/2025")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as-of takes a date YYYY-MM-DD")
                .contains("Usage: ./planscore COMMAND");
    }

    @Test
    void aValueOfTheWrongTypeIsAWrongCommandLineCaughtBeforeAnythingStarts() {
        // given options whose values are not of their type; when the commands run; then each exits 2 naming it
        assertThat(planscore("run", "--lang", "fr")).isEqualTo(ExitCode.USAGE);
        assertThat(planscore("history", "--limit", "twenty")).isEqualTo(ExitCode.USAGE);
        assertThat(planscore("export", "figures")).isEqualTo(ExitCode.USAGE);
        assertThat(planscore("validate", "--shwo", "x.csv")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang takes vi or en, not 'fr'")
                .contains("--limit").contains("twenty").contains("figures").contains("--shwo");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void eachCommandDescribesItsOwnOptionsWithHelp() {
        // when run --help and help export are asked for
        ExitCode run = planscore("run", "--help");
        ExitCode export = planscore("help", "export");

        // then each exits 0 and prints that command's synopsis and options, nothing on stderr
        assertThat(run).isEqualTo(ExitCode.OK);
        assertThat(export).isEqualTo(ExitCode.OK);
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("Usage: ./planscore run").contains("--as-of=YYYY-MM-DD").contains("--lang=vi|en")
                .contains("Usage: ./planscore export").contains("observations|scores");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnreachableDatabaseExitsWithFour() {
        // given a database URL where nothing listens
        // when a command that needs the database runs
        ExitCode code = planscore("history", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/planscore",
                "--planscore.data-dir=" + dir.resolve("data"), "--spring.datasource.hikari.connection-timeout=2000");

        // then the exit status says so, distinct from a failed run
        assertThat(code).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("database unavailable");
    }

    @Test
    void anInvalidPlanCatalogueExitsWithThreeAndNamesFileAndLine() throws Exception {
        // given a plan catalogue with an unknown target type
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("broken.yml"), """
                id: broken
                title: {vi: "Kế hoạch hỏng"}
                area: Hải Phòng
                pillars:
                  - {id: p, name: {vi: "Trụ cột"}}
                targets:
                  - id: T1
                    indicator: X
                    name: {vi: "Chỉ tiêu"}
                    pillar: p
                    type: levle
                    base_year: 2020
                    target_year: 2025
                    target: 1
                    direction: increase
                    unit: "%"
                    source: test
                """);

        // when the nightly job runs with it
        ExitCode code = planscore("run", "--planscore.plans-dir=" + plans, "--planscore.data-dir=" + dir.resolve("data"),
                "--planscore.reports-dir=" + dir.resolve("reports"));

        // then it stops before importing anything, naming the file and line
        assertThat(code).isEqualTo(ExitCode.CONFIG_INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("broken.yml:11:").contains("levle");
    }
}
