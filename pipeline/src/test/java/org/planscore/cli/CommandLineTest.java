package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
/** The command line as the commands receive it: typed values, their defaults, and Spring settings set apart. */
class CommandLineTest {

    @Test
    void runReceivesADateAndALanguageAndTheSpringSettingsGoToBoot() {
        // when a run is asked for with every option, a Spring setting among them
        CommandLine line = CommandLine.parse("run", "--as-of=2025-12-31", "--planscore.data-dir=/tmp/d", "--plan",
                "haiphong-2025", "--lang", "en");

        // then the command gets typed values, and Boot gets the setting
        CommandDefinitions.Run run = line.options(CommandDefinitions.Run.class);
        assertThat(run.asOf).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(run.plan).isEqualTo("haiphong-2025");
        assertThat(run.lang).isEqualTo(CommandDefinitions.Lang.en);
        assertThat(line.springArgs()).containsExactly("--planscore.data-dir=/tmp/d");
        assertThat(line.helpRequested()).isFalse();
    }

    @Test
    void optionsLeftOutTakeTheDefaultsTheHelpTextStates() {
        // when run and history are given no options
        CommandDefinitions.Run run = CommandLine.parse("run").options(CommandDefinitions.Run.class);
        CommandDefinitions.History history = CommandLine.parse("history").options(CommandDefinitions.History.class);

        // then: "the edition written (default: vi)", no date (the run takes today), "how many of each (default: 20)"
        assertThat(run.lang).isEqualTo(CommandDefinitions.Lang.vi);
        assertThat(run.asOf).isNull();
        assertThat(run.plan).isNull();
        assertThat(history.limit).isEqualTo(20);
        assertThat(CommandDefinitions.usage("run")).contains("(default: vi)");
        assertThat(CommandDefinitions.usage("history")).contains("(default: 20)");
    }

    @Test
    void filesArePathsAndWhatToExportIsOneOfTwo() {
        // when validate, progress and export are parsed
        CommandDefinitions.Validate validate = CommandLine.parse("validate", "--show", "a.csv", "b.xlsx")
                .options(CommandDefinitions.Validate.class);
        CommandDefinitions.Progress progress = CommandLine.parse("progress", "--cases", "in.csv")
                .options(CommandDefinitions.Progress.class);
        CommandDefinitions.Export export = CommandLine.parse("export", "scores", "--out", "s.csv", "--as-of",
                "2025-06-30").options(CommandDefinitions.Export.class);

        // then each holds typed values, absent ones as null
        assertThat(validate.show).isTrue();
        assertThat(validate.files).containsExactly(Path.of("a.csv"), Path.of("b.xlsx"));
        assertThat(progress.cases).isEqualTo(Path.of("in.csv"));
        assertThat(progress.out).isNull();
        assertThat(export.what).isEqualTo(CommandDefinitions.Exported.scores);
        assertThat(export.out).isEqualTo(Path.of("s.csv"));
        assertThat(export.asOf).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(export.plan).isNull();
    }

    @Test
    void anOptionGivenTwiceTakesTheLastValueAndHelpIsAFlagOfTheCommand() {
        // when --limit is given twice (a script appending an override), then --help
        CommandLine line = CommandLine.parse("history", "--limit", "1", "--limit=7", "--help");

        // then the last value counts and help is asked for that command
        assertThat(line.options(CommandDefinitions.History.class).limit).isEqualTo(7);
        assertThat(line.command()).isEqualTo("history");
        assertThat(line.helpRequested()).isTrue();
    }

    @Test
    void wrongValuesNameTheOptionAndTheFormWanted() {
        assertThatThrownBy(() -> CommandLine.parse("export", "scores", "--as-of", "2025-02-30"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--as-of takes a date YYYY-MM-DD, got '2025-02-30'");
        assertThatThrownBy(() -> CommandLine.parse("run", "--lang", "EN"))
                .hasMessage("--lang takes vi or en, not 'EN'");
        assertThatThrownBy(() -> CommandLine.parse("bench", "--only", "csv,pdf"))
                .hasMessage("--only takes a list of [csv, xlsx, inbox, idle, report, startup, whole]");
        assertThatThrownBy(() -> CommandLine.parse("bench", "--rows", "1000,ten"))
                .hasMessage("--rows takes whole numbers N,N,..., not '1000,ten'");
        assertThatThrownBy(() -> CommandLine.parse("serve", "--limit", "3")).hasMessage("Unknown options: '--limit', '3'");
    }
}
