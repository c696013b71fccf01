package org.planscore.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

/** The rules every YAML configuration file is read by, each shown once with the line its message names. */
class YamlNodesTest {

    private static final Set<String> KNOWN = Set.of("id", "unit", "values", "note");

    @Test
    void aKeyGivenTwiceIsAProblemNamingBothLinesAndTheFirstValueIsKept() {
        String yaml = """
                id: first
                unit: "%"
                id: second
                """;
        YamlNodes nodes = new YamlNodes("t.yml");
        Map<String, Node> fields = nodes.keys(nodes.compose(in(yaml)), KNOWN, "target T");

        assertThat(nodes.problems()).containsExactly("t.yml:" + line(yaml, "id: second")
                + ": target T: field 'id' appears twice (first at line " + line(yaml, "id: first") + ")");
        assertThat(nodes.text(fields, "id", null, "target T", true)).isEqualTo("first");
    }

    @Test
    void aNullValueCountsAsAbsentAndIsMissingWhenRequired() {
        String yaml = """
                id: T
                unit: ~
                note:
                """;
        YamlNodes nodes = new YamlNodes("t.yml");
        Node root = nodes.compose(in(yaml));
        Map<String, Node> fields = nodes.keys(root, KNOWN, "target T");

        assertThat(nodes.text(fields, "note", root, "target T", false)).isNull();
        assertThat(nodes.text(fields, "unit", root, "target T", true)).isNull();
        assertThat(nodes.problems()).containsExactly(
                "t.yml:" + line(yaml, "unit: ~") + ": target T: missing required field 'unit'");
    }

    @Test
    void anUnknownKeyIsAProblemListingTheKnownOnes() {
        String yaml = """
                id: T
                colour: red
                """;
        YamlNodes nodes = new YamlNodes("t.yml");
        nodes.keys(nodes.compose(in(yaml)), KNOWN, "target T");

        assertThat(nodes.problems()).containsExactly("t.yml:" + line(yaml, "colour: red")
                + ": target T: unknown field 'colour' (known fields: id, note, unit, values)");
    }

    @Test
    void aValueOfTheWrongKindIsAProblemSayingWhatWasFound() {
        String yaml = """
                id: T
                unit:
                  - "%"
                values: 12
                note: twelve
                """;
        YamlNodes nodes = new YamlNodes("t.yml");
        Node root = nodes.compose(in(yaml));
        Map<String, Node> fields = nodes.keys(root, KNOWN, "target T");

        assertThat(nodes.text(fields, "unit", root, "target T", true)).isNull();
        assertThat(nodes.items(fields.get("values"), "values", "target T")).isEmpty();
        assertThat(nodes.number(fields, "note", root, "target T", true, null)).isNull();
        // problems come in line order, whatever order they were found in
        assertThat(nodes.problems()).containsExactly(
                "t.yml:" + line(yaml, "- \"%\"") + ": target T: field 'unit' must be a single value, got a list",
                "t.yml:" + line(yaml, "values: 12") + ": target T: field 'values' must be a list ('- ' items), got '12'",
                "t.yml:" + line(yaml, "note: twelve") + ": target T: note must be a number, got 'twelve'");
    }

    /** The 1-based line of the first line holding {@code text}. */
    private static int line(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
