package org.planscore.support;

import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * The one way PlanScore reads its YAML configuration (plan catalogues, source profiles, mappings): SnakeYAML's node
 * API ({@code compose}), never objects, so that every value keeps its line. Problems are collected as
 * {@code file:line: message}, sorted by line, rather than thrown one at a time, and follow the same rules everywhere:
 * a key given twice, an unknown key, a value of the wrong kind and a missing required value are problems; a null
 * value ({@code key:} or {@code key: ~}) counts as absent; text is trimmed and NFC-normalised.
 * A reader of one kind of file keeps an instance, asks for what it needs and reads {@link #problems()} at the end.
 * The {@code what} argument names the part of the file a message is about ("target GRDP_2025"); it prefixes the
 * message as {@code what: }, and may be null.
 */
public final class YamlNodes {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public YamlNodes(String file) {
        this.file = file;
    }

    /** The document's root node, or null when the document is empty or (with a problem recorded) not YAML. */
    public Node compose(InputStream in) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new UnicodeReader(in));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            add(mark == null ? 1 : mark.getLine() + 1,
                    "not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            add(1, hasCause(e, CharacterCodingException.class) ? "not valid UTF-8" : "not valid YAML: " + e.getMessage());
        }
        return null;
    }

    /** Every problem so far, as {@code file:line: message}, in line order, each once. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>();
        problems.stream().sorted(Comparator.comparingInt(Problem::line))
                .forEach(p -> lines.add(file + ":" + p.line() + ": " + p.text()));
        return new ArrayList<>(new LinkedHashSet<>(lines));
    }

    /** How many problems were recorded so far (to tell whether reading one part added any). */
    public int count() {
        return problems.size();
    }

    public String file() {
        return file;
    }

    /**
     * The fields of a mapping by key, in file order. A key given twice (the first one is kept), a key not in
     * {@code allowed} and a key that is not a single value are problems; a node that is no mapping is a problem and
     * gives an empty map.
     */
    public Map<String, Node> keys(Node node, Set<String> allowed, String what) {
        Map<String, Node> map = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(node, prefix(what) + "expected a mapping (key: value lines), got " + describe(node));
            return map;
        }
        Map<String, Node> keyNodes = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(keyNode, prefix(what) + "expected a field name, got " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (keyNodes.containsKey(key)) {
                error(keyNode, prefix(what) + "field '" + key + "' appears twice (first at line "
                        + line(keyNodes.get(key)) + ")");
                continue;
            }
            keyNodes.put(key, keyNode);
            map.put(key, t.getValueNode());
            if (!allowed.contains(key)) {
                error(keyNode, prefix(what) + "unknown field '" + key + "' (known fields: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return map;
    }

    /** The value of {@code key}, or null when it is absent or null; a missing required value is a problem. */
    public Node value(Map<String, Node> m, String key, Node parent, String what, boolean required) {
        Node node = m.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                error(node != null ? node : parent, prefix(what) + "missing required field '" + key + "'");
            }
            return null;
        }
        return node;
    }

    /** A single text value, trimmed and NFC; null when absent, blank (a problem if required) or not a single value. */
    public String text(Map<String, Node> m, String key, Node parent, String what, boolean required) {
        Node node = value(m, key, parent, what, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            error(node, prefix(what) + "field '" + key + "' must be a single value, got " + describe(node));
            return null;
        }
        String value = Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            if (required) {
                error(node, prefix(what) + "missing required field '" + key + "' (the value is blank)");
            }
            return null;
        }
        return value;
    }

    public String text(Map<String, Node> m, String key, Node parent, boolean required) {
        return text(m, key, parent, null, required);
    }

    /** A number (digits, optional '.', '_' and exponent); null when absent or not a number (then a problem). */
    public Double number(Map<String, Node> m, String key, Node parent, String what, boolean required, String hint) {
        String text = text(m, key, parent, what, required);
        if (text == null) {
            return null;
        }
        Double value = parseNumber(text);
        if (value == null) {
            error(m.get(key), prefix(what) + key + " must be a number, got '" + text + "'" + (hint == null ? "" : hint));
        }
        return value;
    }

    public Double number(Map<String, Node> m, String key, Node parent, boolean required) {
        return number(m, key, parent, null, required, null);
    }

    /** A whole number; null when absent or not one (then a problem). */
    public Integer whole(Map<String, Node> m, String key, Node parent, String what, boolean required) {
        String text = text(m, key, parent, what, required);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            error(m.get(key), prefix(what) + key + " must be a whole number, got '" + text + "'");
            return null;
        }
    }

    /** true or false; {@code fallback} when absent or neither (then a problem). */
    public boolean bool(Map<String, Node> m, String key, String what, boolean fallback) {
        String text = text(m, key, null, what, false);
        if (text == null) {
            return fallback;
        }
        if (!text.equals("true") && !text.equals("false")) {
            error(m.get(key), prefix(what) + "field '" + key + "' must be true or false, got '" + text + "'");
            return fallback;
        }
        return Boolean.parseBoolean(text);
    }

    /** One text value or a list of them. */
    public List<String> texts(Node node, String what) {
        List<String> list = new ArrayList<>();
        if (node == null || isNull(node)) {
            return list;
        }
        if (node instanceof ScalarNode s) {
            list.add(Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC));
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                    list.add(Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFC));
                } else {
                    error(item, prefix(what) + "expected a single value, got " + describe(item));
                }
            }
        } else {
            error(node, prefix(what) + "expected a value or a list of values, got " + describe(node));
        }
        return list;
    }

    /** The items of the list under {@code key}; a problem when the value is there but is not a list. */
    public List<Node> items(Node node, String key) {
        return items(node, key, null);
    }

    public List<Node> items(Node node, String key, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node != null && !isNull(node)) {
            error(node, prefix(what) + "field '" + key + "' must be a list ('- ' items), got " + describe(node));
        }
        return List.of();
    }

    public void error(Node node, String message) {
        add(line(node), message);
    }

    private void add(int line, String message) {
        problems.add(new Problem(line, message));
    }

    public static int line(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** {@code key:}, {@code key: ~} or {@code key: null}: no value. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** A strict number ('_' allowed between digits), or null. */
    public static Double parseNumber(String text) {
        if (text != null && NUMBER.matcher(text).matches()) {
            double d = Double.parseDouble(text.replace("_", ""));
            if (Double.isFinite(d)) {
                return d;
            }
        }
        return null;
    }

    /** What a node is, for messages: a mapping, a list, or its text in quotes. */
    public static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return "nothing";
    }

    private static String prefix(String what) {
        return what == null || what.isEmpty() ? "" : what + ": ";
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
