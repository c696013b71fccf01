package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command table shows each command with its options exactly as the command line's definitions declare
 * them, so adding, renaming or dropping an option without updating the README fails here, showing the line wanted.
 */
class CommandTableTest {

    /** A table row's first column: {@code | `./planscore COMMAND ...` |}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\./planscore ([a-z-]+)[^`]*)` \\|");

    @Test
    void theReadmeCommandTableShowsEachCommandWithTheOptionsItsDefinitionDeclares() throws IOException {
        // given the first column of the "## Commands" table of the project's README (the tests run in pipeline/)
        Map<String, String> documented = readmeCommandColumn();

        // when each command's synopsis is rendered from the parser's definitions
        Map<String, String> defined = new LinkedHashMap<>();
        CommandDefinitions.parser().getSubcommands().forEach((name, command) ->
                defined.put(name, synopsis(command.getCommandSpec())));

        // then the table has one row per command, in the usage's order, each with exactly that synopsis
        assertThat(documented.keySet()).as("the commands README.md's table names, in order")
                .containsExactlyElementsOf(defined.keySet());
        SoftAssertions.assertSoftly(rows -> defined.forEach((name, synopsis) -> rows.assertThat(documented.get(name))
                .as("README.md's row for '%s' should begin:%n| `%s` |", name, synopsis)
                .isEqualTo(synopsis)));
        String usage = CommandDefinitions.usage();
        defined.keySet().forEach(name -> assertThat(usage).containsPattern("(?m)^  " + name + " "));
    }

    @Test
    void aSynopsisShowsOptionalOptionsInBracketsRequiredOnesBareAndRepeatedFilesWithAnEllipsis() {
        // given the definitions of progress (a required option), validate (a flag, files) and help (an optional word)
        Map<String, picocli.CommandLine> commands = CommandDefinitions.parser().getSubcommands();

        // when their synopses are rendered; then each follows the README's notation, a '|' escaped for the table
        assertThat(synopsis(commands.get("progress").getCommandSpec()))
                .isEqualTo("./planscore progress --cases IN.csv [--out OUT.csv]");
        assertThat(synopsis(commands.get("validate").getCommandSpec())).isEqualTo("./planscore validate [--show] FILE…");
        assertThat(synopsis(commands.get("help").getCommandSpec())).isEqualTo("./planscore help [COMMAND]");
        assertThat(synopsis(commands.get("run").getCommandSpec())).contains("[--lang vi\\|en]");
    }

    /**
     * A command as the README shows it: its options and parameters in the order declared, {@code --help} and hidden
     * options left out (the help row documents {@code --help}), optional ones in brackets.
     */
    private static String synopsis(CommandSpec command) {
        StringBuilder line = new StringBuilder("./planscore ").append(command.name());
        for (ArgSpec arg : command.args()) {
            if (arg.hidden() || arg instanceof OptionSpec option && option.usageHelp()) {
                continue;
            }
            String shown;
            if (arg instanceof OptionSpec option) {
                shown = option.arity().max() == 0 ? option.longestName()
                        : option.longestName() + " " + option.paramLabel();
            } else {
                shown = arg.paramLabel() + (arg.arity().max() > 1 ? "…" : "");
            }
            boolean optional = arg instanceof OptionSpec ? !arg.required() : arg.arity().min() == 0;
            line.append(' ').append(optional ? "[" + shown + "]" : shown);
        }
        return line.toString().replace("|", "\\|");
    }

    private static Map<String, String> readmeCommandColumn() throws IOException {
        Path readme = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf("## Commands");
        assertThat(start).as("README.md has a '## Commands' section").isNotNegative();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                documented.put(row.group(2), row.group(1));
            }
        }
        return documented;
    }
}
