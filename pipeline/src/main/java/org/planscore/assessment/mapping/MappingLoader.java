package org.planscore.assessment.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.planscore.plan.LocalizedText;
import org.planscore.support.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one mapping file ({@code config/mappings/*.yml}; the format is described in config/mappings/README.md) and
 * validates it: every problem is collected with its file and line and thrown together; nothing half-valid is
 * returned.
 */
public final class MappingLoader {

    private static final Set<String> FILE_KEYS = Set.of("mappings", "source_ranks");
    private static final Set<String> MAPPING_KEYS = Set.of("id", "indicator", "from", "from_unit", "unit",
            "index_to_growth", "factor", "periods", "rank", "note", "why");
    private static final Set<String> RANK_KEYS = Set.of("source", "rank", "why");
    private static final Set<String> NOTE_KEYS = Set.of("vi", "en");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final YamlNodes yaml;

    private MappingLoader(String file) {
        this.yaml = new YamlNodes(file);
    }

    /** @throws MappingValidationException listing every problem as {@code file:line: message} */
    public static Mappings parse(String file, InputStream in) {
        MappingLoader loader = new MappingLoader(file);
        Node root = loader.yaml.compose(in);
        Mappings read = root == null ? Mappings.NONE : loader.file(root);
        if (!loader.yaml.problems().isEmpty()) {
            throw new MappingValidationException(loader.yaml.problems());
        }
        return read;
    }

    public static Mappings parse(String file, String text) {
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Mappings file(Node root) {
        Map<String, Node> m = yaml.keys(root, FILE_KEYS, "a mapping file");
        if (m.isEmpty() && root instanceof MappingNode) {
            yaml.error(root, "a mapping file has 'mappings' and/or 'source_ranks'");
        }
        List<Mapping> mappings = new ArrayList<>();
        for (Node item : yaml.items(m.get("mappings"), "mappings")) {
            Mapping mapping = mapping(item);
            if (mapping != null) {
                mappings.add(mapping);
            }
        }
        List<SourceRank> ranks = new ArrayList<>();
        for (Node item : yaml.items(m.get("source_ranks"), "source_ranks")) {
            Map<String, Node> r = yaml.keys(item, RANK_KEYS, "a source rank");
            String phrase = yaml.text(r, "source", item, true);
            Integer rank = yaml.whole(r, "rank", item, null, true);
            if (phrase != null && rank != null) {
                ranks.add(new SourceRank(phrase, rank, yaml.file(), YamlNodes.line(item)));
            }
        }
        return new Mappings(mappings, ranks);
    }

    private Mapping mapping(Node node) {
        int problemsBefore = yaml.count();
        Map<String, Node> m = yaml.keys(node, MAPPING_KEYS, "a mapping");
        String id = yaml.text(m, "id", node, true);
        if (id != null && !ID.matcher(id).matches()) {
            yaml.error(m.get("id"), "id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String what = "mapping " + (id == null ? "" : "'" + id + "' ");
        String indicator = code(yaml.text(m, "indicator", node, true), m.get("indicator"));
        List<String> from = yaml.texts(m.get("from"), what + "from");
        if (from.isEmpty()) {
            yaml.error(m.getOrDefault("from", node), what + "needs 'from': the source indicator code(s)");
        }
        from.forEach(code -> code(code, m.get("from")));
        if (indicator != null && from.contains(indicator)) {
            yaml.error(m.get("from"), what + "maps '" + indicator + "' onto itself");
        }
        String fromUnit = yaml.text(m, "from_unit", node, false);
        String unit = yaml.text(m, "unit", node, true);
        boolean indexToGrowth = yaml.bool(m, "index_to_growth", null, false);
        Double factor = yaml.number(m, "factor", node, false);
        if (factor != null && factor == 0) {
            yaml.error(m.get("factor"), what + "factor must not be 0");
        }
        double f = factor == null ? 1.0 : factor;
        checkUnits(fromUnit, unit, f, indexToGrowth, m, node, what);
        Mapping.Periods periods = Mapping.Periods.YEAR;
        String p = yaml.text(m, "periods", node, false);
        if (p != null) {
            try {
                periods = Mapping.Periods.valueOf(p.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                yaml.error(m.get("periods"), what + "periods must be 'year' or 'year_to_date', not '" + p + "'");
            }
        }
        Integer rank = yaml.whole(m, "rank", node, null, false);
        LocalizedText note = null;
        Node noteNode = m.get("note");
        if (noteNode == null) {
            yaml.error(node, what + "needs 'note': {vi, en}, the one-line definition the report prints");
        } else {
            Map<String, Node> n = yaml.keys(noteNode, NOTE_KEYS, what + "note");
            note = new LocalizedText(yaml.text(n, "vi", noteNode, true), yaml.text(n, "en", noteNode, true));
        }
        if (yaml.count() > problemsBefore) {
            return null;
        }
        return new Mapping(id, indicator, from, fromUnit, unit, indexToGrowth, f, periods,
                rank == null ? 0 : rank, note, yaml.file(), YamlNodes.line(node));
    }

    /**
     * Million → billion and the like are easy to get wrong by a thousand: when both units are the same measure with
     * a different scale word ("mn USD" → "bn USD"), the factor must be the ratio of the scales.
     */
    private void checkUnits(String fromUnit, String unit, double factor, boolean indexToGrowth, Map<String, Node> m,
                            Node node, String what) {
        if (fromUnit == null || unit == null || indexToGrowth) {
            return;
        }
        UnitScale from = UnitScale.of(fromUnit);
        UnitScale to = UnitScale.of(unit);
        if (!from.base().equals(to.base())) {
            return;
        }
        double expected = from.scale() / to.scale();
        if (Math.abs(factor - expected) > 1e-12 * Math.max(1, expected)) {
            yaml.error(m.getOrDefault("factor", node), what + "from '" + fromUnit + "' to '" + unit
                    + "' the factor is " + UnitScale.plain(expected) + ", not " + UnitScale.plain(factor));
        }
    }

    private String code(String code, Node node) {
        if (code != null && !CODE.matcher(code).matches()) {
            yaml.error(node, "indicator code '" + code + "' may hold only unaccented letters, digits, _ - .");
            return null;
        }
        return code;
    }
}
