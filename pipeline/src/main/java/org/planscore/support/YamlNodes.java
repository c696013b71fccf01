package org.planscore.support;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * The way PlanScore reads its YAML configuration, as plan catalogues and source profiles do: SnakeYAML's node API
 * ({@code compose}), never objects, so that every value keeps its line; unknown keys and wrong kinds of value are
 * collected as {@code file:line: message} problems rather than thrown one at a time; text is NFC-normalised.
 * A reader of one kind of file keeps an instance, asks for what it needs and reads {@link #problems()} at the end.
 */
public final class YamlNodes {

    private final String file;
    private final List<String> problems = new ArrayList<>();

    public YamlNodes(String file) {
        this.file = file;
    }

    /** The document's root node, or null (with a problem recorded) when the text is not YAML. */
    public Node compose(InputStream in) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).compose(new UnicodeReader(in));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(file + ":" + (mark == null ? 1 : mark.getLine() + 1) + ": not valid YAML: "
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            problems.add(file + ":1: not valid YAML: " + e.getMessage());
        }
        return null;
    }

    public List<String> problems() {
        return problems;
    }

    public String file() {
        return file;
    }

    /** The keys of a mapping; a key not in {@code allowed} is a problem naming the known ones. */
    public Map<String, Node> keys(Node node, Set<String> allowed, String what) {
        Map<String, Node> map = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " must be a mapping (key: value)");
            return map;
        }
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                error(t.getKeyNode(), "unknown key '" + key + "' in " + what + "; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            map.put(key, t.getValueNode());
        }
        return map;
    }

    /** A single text value, trimmed and NFC; null when absent (a problem if required) or not a single value. */
    public String text(Map<String, Node> m, String key, Node parent, boolean required) {
        Node node = m.get(key);
        if (node == null) {
            if (required) {
                error(parent, "missing '" + key + "'");
            }
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            error(node, "'" + key + "' must be a single value");
            return null;
        }
        String value = Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            if (required) {
                error(node, "'" + key + "' must not be empty");
            }
            return null;
        }
        return value;
    }

    /** A number; null when absent or not a number (then a problem). */
    public Double number(Map<String, Node> m, String key, Node parent, boolean required) {
        String text = text(m, key, parent, required);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(m.get(key), "'" + key + "' must be a number, not '" + text + "'");
        return null;
    }

    /** One text value or a list of them. */
    public List<String> texts(Node node, String what) {
        List<String> list = new ArrayList<>();
        if (node instanceof ScalarNode s) {
            list.add(Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC));
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    list.add(Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC));
                } else {
                    error(item, what + ": expected a single value");
                }
            }
        } else if (node != null) {
            error(node, what + ": expected a value or a list of values");
        }
        return list;
    }

    /** The items of a list; a problem when the node is there but is not a list. */
    public List<Node> items(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node != null) {
            error(node, "'" + what + "' must be a list");
        }
        return List.of();
    }

    public void error(Node node, String message) {
        problems.add(file + ":" + line(node) + ": " + message);
    }

    public static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }
}
