package org.planscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's command table and the command line's definitions name the same commands, so neither drifts. */
class CommandTableTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `\\./planscore ([a-z-]+)");

    @Test
    void theReadmeCommandTableNamesEveryCommandTheParserDefinesAndNoOther() throws IOException {
        // given the "## Commands" section of the project's README (the tests run in pipeline/)
        Path readme = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf("## Commands");
        assertThat(start).as("README.md has a '## Commands' section").isNotNegative();

        // when the commands its table names are read, up to the next section
        Set<String> documented = new LinkedHashSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                documented.add(row.group(1));
            }
        }

        // then they are exactly the commands the parser knows, which the usage text lists too
        assertThat(documented).containsExactlyInAnyOrderElementsOf(CommandDefinitions.commandNames());
        String usage = CommandDefinitions.usage();
        CommandDefinitions.commandNames().forEach(name -> assertThat(usage).containsPattern("(?m)^  " + name + " "));
    }
}
