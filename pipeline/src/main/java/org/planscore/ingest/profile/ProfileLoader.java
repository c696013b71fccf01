package org.planscore.ingest.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.planscore.ingest.text.NumberStyle;
import org.planscore.ingest.text.VnText;
import org.planscore.store.Vintage;
import org.planscore.support.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one source profile file through {@link YamlNodes}, so every problem names the file and line, with the same
 * rules and words as plan catalogues and mappings. Unknown keys are errors (typos are caught); every problem of a file
 * is reported at once.
 */
public final class ProfileLoader {

    private static final Set<String> KEYS = Set.of("id", "name", "source", "layout", "recognise", "numbers", "area",
            "period", "vintage", "unit", "indicators", "measures", "published_from_title", "scan_rows", "items",
            "other_columns");
    private static final Set<String> RECOGNISE_KEYS = Set.of("title", "not_title", "header");
    private static final Set<String> AREA_KEYS = Set.of("column", "rows");
    private static final Set<String> ITEM_KEYS = Set.of("label", "indicator");
    private static final Set<String> PERIOD_KEYS = Set.of("column", "december_is_year", "ytd_suffix");
    private static final Set<String> VINTAGE_KEYS = Set.of("default", "words");
    private static final Set<String> MEASURE_KEYS = Set.of("indicator", "column", "unit", "convert_to", "stored",
            "required", "period", "note");
    private static final Set<String> INDICATOR_KEYS = Set.of("title", "indicator", "unit");
    private static final List<String> PERIOD_MODES = List.of("auto", "title", "cumulative", "month");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");

    private final String file;
    private final YamlNodes yaml;

    private ProfileLoader(String file) {
        this.file = file;
        this.yaml = new YamlNodes(file);
    }

    public static SourceProfile parse(String file, InputStream in) {
        ProfileLoader loader = new ProfileLoader(file);
        Node root = loader.yaml.compose(in);
        if (!(root instanceof MappingNode map)) {
            if (loader.yaml.count() == 0) {
                loader.yaml.keys(root, KEYS, "profile");
            }
            throw new ProfileValidationException(loader.yaml.problems());
        }
        SourceProfile profile = loader.profile(map);
        if (loader.yaml.count() > 0) {
            throw new ProfileValidationException(loader.yaml.problems());
        }
        return profile;
    }

    public static SourceProfile parse(String file, String yaml) {
        try (InputStream in = new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceProfile profile(MappingNode root) {
        Map<String, Node> m = keys(root, KEYS, "profile");
        String id = text(m, "id", root, true);
        if (id != null && !ID.matcher(id).matches()) {
            error(m.get("id"), "id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String nameVi = null;
        String nameEn = null;
        Node name = m.get("name");
        if (name instanceof MappingNode nm) {
            Map<String, Node> names = keys(nm, Set.of("vi", "en"), "name");
            nameVi = text(names, "vi", nm, true);
            nameEn = text(names, "en", nm, false);
        } else if (name != null) {
            nameVi = scalar(name);
        } else {
            error(root, "missing 'name'");
        }
        String layout = Optional.ofNullable(text(m, "layout", root, false)).orElse("table");
        if (!Set.of("table", "long", "items").contains(layout)) {
            error(m.get("layout"), "layout must be 'table', 'long' or 'items', not '" + layout + "'");
        }
        List<SourceProfile.Item> items = new ArrayList<>();
        if (m.get("items") instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode im) {
                    Map<String, Node> i = keys(im, ITEM_KEYS, "items");
                    items.add(new SourceProfile.Item(phrases(i.get("label")), code(i, im), line(im)));
                } else {
                    error(item, "each item is a mapping {label, indicator}");
                }
            }
        }
        if ("items".equals(layout) && items.isEmpty()) {
            error(root, "layout 'items' needs 'items': the row labels and the indicator each stands for");
        }
        List<Phrase> title = List.of();
        List<Phrase> notTitle = List.of();
        List<Phrase> header = List.of();
        Node rec = m.get("recognise");
        if (rec instanceof MappingNode rm) {
            Map<String, Node> r = keys(rm, RECOGNISE_KEYS, "recognise");
            title = phrases(r.get("title"));
            notTitle = phrases(r.get("not_title"));
            header = phrases(r.get("header"));
            if (title.isEmpty() && header.isEmpty()) {
                error(rm, "recognise needs 'title' or 'header' phrases: a table is recognised by its text");
            }
        } else {
            error(rec == null ? root : rec, "missing 'recognise' (title or header phrases)");
        }
        NumberStyle numbers = NumberStyle.AUTO;
        String n = text(m, "numbers", root, false);
        if (n != null) {
            try {
                numbers = NumberStyle.valueOf(n.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(m.get("numbers"), "numbers must be vn (1.234,5), en (1,234.5) or auto, not '" + n + "'");
            }
        }
        Phrase areaColumn = null;
        boolean areasOnly = true;
        if (m.get("area") instanceof MappingNode am) {
            Map<String, Node> a = keys(am, AREA_KEYS, "area");
            String col = text(a, "column", am, false);
            areaColumn = col == null || col.equals("auto") ? null : Phrase.of(col);
            String rows = text(a, "rows", am, false);
            if (rows != null && !Set.of("areas", "all").contains(rows)) {
                error(a.get("rows"), "area.rows must be 'areas' (known provinces only) or 'all'");
            }
            areasOnly = !"all".equals(rows);
        }
        Phrase periodColumn = null;
        boolean decemberIsYear = true;
        String ytdSuffix = "_YTD";
        if (m.get("period") instanceof MappingNode pm) {
            Map<String, Node> p = keys(pm, PERIOD_KEYS, "period");
            String col = text(p, "column", pm, false);
            periodColumn = col == null ? null : Phrase.of(col);
            decemberIsYear = bool(p, "december_is_year", true);
            ytdSuffix = Optional.ofNullable(text(p, "ytd_suffix", pm, false)).orElse("_YTD");
        }
        if ("long".equals(layout) && periodColumn == null) {
            error(root, "layout 'long' needs period.column (the header of the period column)");
        }
        Vintage defaultVintage = Vintage.OFFICIAL;
        Map<String, Vintage> words = new LinkedHashMap<>();
        if (m.get("vintage") instanceof MappingNode vm) {
            Map<String, Node> v = keys(vm, VINTAGE_KEYS, "vintage");
            String d = text(v, "default", vm, false);
            if (d != null) {
                defaultVintage = vintage(v.get("default"), d);
            }
            if (v.get("words") instanceof MappingNode wm) {
                for (NodeTuple t : wm.getValue()) {
                    String word = scalar(t.getKeyNode());
                    words.put(VnText.fold(word), vintage(t.getValueNode(), scalar(t.getValueNode())));
                }
            }
        }
        String unit = text(m, "unit", root, false);
        List<TitleIndicator> indicators = new ArrayList<>();
        if (m.get("indicators") instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode im)) {
                    error(item, "each of 'indicators' is a mapping {title, indicator, unit}");
                    continue;
                }
                Map<String, Node> i = keys(im, INDICATOR_KEYS, "indicators");
                String code = code(i, im);
                indicators.add(new TitleIndicator(phrases(i.get("title")), code, text(i, "unit", im, false),
                        line(im)));
            }
        }
        List<Measure> measures = new ArrayList<>();
        if (m.get("measures") instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode mm) {
                    measures.add(measure(mm, !indicators.isEmpty()));
                } else {
                    error(item, "each measure is a mapping {indicator, column, …}");
                }
            }
        } else if (!m.containsKey("other_columns")) {
            error(m.getOrDefault("measures", root), "missing 'measures' (or 'other_columns'): at least one figure to read");
        }
        String otherColumns = null;
        if (m.containsKey("other_columns")) {
            otherColumns = text(m, "other_columns", root, true);
            if (otherColumns != null && !SourceProfile.TITLE_CODE.equals(otherColumns)
                    && !CODE.matcher(otherColumns).matches()) {
                error(m.get("other_columns"), "other_columns must be an indicator code or '{title}', not '"
                        + otherColumns + "'");
            }
        }
        Integer scanRows = yaml.whole(m, "scan_rows", root, null, false);
        return new SourceProfile(id, file, nameVi, nameEn, text(m, "source", root, false), layout, title, notTitle,
                header, numbers, areaColumn, areasOnly, periodColumn, decemberIsYear, ytdSuffix, defaultVintage,
                words, unit, indicators, measures, bool(m, "published_from_title", false), scanRows == null ? 40 : scanRows, items,
                otherColumns);
    }

    private Measure measure(MappingNode mm, boolean indicatorsByTitle) {
        Map<String, Node> m = keys(mm, MEASURE_KEYS, "measure");
        String indicator = null;
        if (m.containsKey("indicator") || !indicatorsByTitle) {
            indicator = code(m, mm);
        }
        Node col = m.get("column");
        boolean years = col instanceof ScalarNode s && "years".equals(s.getValue());
        List<Phrase> column = years ? List.of() : phrases(col);
        if (!years && column.isEmpty()) {
            error(mm, "measure needs 'column': header phrases, or 'years' for one column per year");
        }
        String stored = text(m, "stored", mm, false);
        if (stored != null && !Set.of("fraction", "percent", "as-is").contains(stored)) {
            error(m.get("stored"), "stored must be 'fraction', 'percent' or 'as-is'");
        }
        String period = Optional.ofNullable(text(m, "period", mm, false)).orElse("auto");
        if (!PERIOD_MODES.contains(period)) {
            error(m.get("period"), "measure period must be one of " + PERIOD_MODES + ", not '" + period + "'");
        }
        return new Measure(indicator, column, years, text(m, "unit", mm, false), text(m, "convert_to", mm, false),
                "fraction".equals(stored), bool(m, "required", true), period, text(m, "note", mm, false), line(mm));
    }

    private String code(Map<String, Node> m, MappingNode parent) {
        String code = text(m, "indicator", parent, true);
        if (code != null && !CODE.matcher(code.replace("{item}", "ITEM")).matches()) {
            error(m.get("indicator"), "indicator code '" + code + "' may hold only unaccented letters, digits, _ - .");
        }
        return code;
    }

    private Vintage vintage(Node node, String text) {
        return Vintage.parse(text).orElseGet(() -> {
            error(node, "vintage '" + text + "' must be estimate, preliminary or official");
            return Vintage.OFFICIAL;
        });
    }

    private List<Phrase> phrases(Node node) {
        List<Phrase> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        if (node instanceof ScalarNode s) {
            list.add(Phrase.of(s.getValue()));
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    list.add(Phrase.of(s.getValue()));
                } else {
                    error(item, "expected a phrase (text)");
                }
            }
        } else {
            error(node, "expected a phrase or a list of phrases");
        }
        return list;
    }

    private Map<String, Node> keys(MappingNode node, Set<String> allowed, String what) {
        return yaml.keys(node, allowed, what);
    }

    /** A text value as table text is compared (see {@link VnText#clean}); null when absent or blank. */
    private String text(Map<String, Node> m, String key, Node parent, boolean required) {
        String value = yaml.text(m, key, parent, required);
        return value == null || VnText.clean(value).isEmpty() ? null : VnText.clean(value);
    }

    private boolean bool(Map<String, Node> m, String key, boolean fallback) {
        return yaml.bool(m, key, null, fallback);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node) {
        return YamlNodes.line(node);
    }

    private void error(Node node, String message) {
        yaml.error(node, message);
    }
}
