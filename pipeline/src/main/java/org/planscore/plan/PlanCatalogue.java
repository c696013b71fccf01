package org.planscore.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.planscore.scoring.Deadline;
import org.planscore.scoring.Direction;
import org.planscore.support.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads plan catalogues ({@code config/plans/<id>.yml}, schema in {@code config/plans/README.md}) into {@link Plan}s
 * and validates them. Validation collects every problem of a file, each naming the file and line, and throws them
 * together in one {@link PlanValidationException}; nothing half-valid is returned.
 *
 * <p>The YAML is read through {@link YamlNodes} (SnakeYAML's node API, the same rules and words as source profiles and
 * mappings), never turned into objects, so every value keeps its line number. Strings are NFC-normalised (as observations are), so "Hải Phòng" typed with combining marks still
 * matches.
 */
public final class PlanCatalogue {

    private static final Set<String> PLAN_KEYS = Set.of("id", "title", "area", "pillars", "targets",
            "city_assessments");
    private static final Set<String> CITY_ASSESSMENT_KEYS = Set.of("year", "met", "total", "missed", "source",
            "published", "note");
    private static final Set<String> PILLAR_KEYS = Set.of("id", "name");
    private static final Set<String> TEXT_KEYS = Set.of("vi", "en");
    private static final Set<String> TARGET_KEYS = Set.of("id", "indicator", "name", "pillar", "type", "base_year",
            "target_year", "target", "target_text", "direction", "unit", "limit", "area", "source", "note",
            "target_upper", "period_indicator", "plan", "due", "city_verdict", "city_note", "role");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern YEAR = Pattern.compile("[-+]?\\d+");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private PlanCatalogue() {
    }

    /**
     * Loads and validates one plan file. Its plan id must equal the file's base name ({@code haiphong-2025.yml} holds
     * plan {@code haiphong-2025}).
     *
     * @throws PlanValidationException listing every problem, one per line, as {@code file:line: message}
     * @throws UncheckedIOException    when the file cannot be read
     */
    public static Plan load(Path file) {
        String fileName = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(fileName, in, fileName.replaceFirst("\\.ya?ml$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan catalogue " + file, e);
        }
    }

    /**
     * Loads and validates a plan catalogue from a stream (UTF-8, or UTF-16 with a BOM), e.g. a classpath resource.
     *
     * @param sourceName the name used in messages, e.g. {@code haiphong-2025.yml}
     * @throws PlanValidationException listing every problem, one per line, as {@code sourceName:line: message}
     */
    public static Plan parse(String sourceName, InputStream in) {
        return parse(sourceName, in, null);
    }

    private static Plan parse(String sourceName, InputStream in, String expectedId) {
        YamlNodes yaml = new YamlNodes(sourceName);
        Node root = yaml.compose(in);
        if (yaml.count() > 0) {
            throw new PlanValidationException(yaml.problems());
        }
        return new Reader(yaml, expectedId).plan(root);
    }

    /**
     * Loads every {@code *.yml} / {@code *.yaml} file of a directory (not its subdirectories), in file-name order.
     * Problems of all files are reported together; two files with the same plan id are an error.
     *
     * @return the plans, in file-name order; empty when the directory holds no plan file
     * @throws PlanValidationException listing every problem of every file
     * @throws UncheckedIOException    when the directory cannot be listed or a file cannot be read
     */
    public static List<Plan> loadAll(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plan catalogues in " + dir, e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Plan> plans = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, String> fileOfPlan = new HashMap<>();
        for (Path file : files) {
            try {
                Plan plan = load(file);
                String fileName = file.getFileName().toString();
                String previous = fileOfPlan.putIfAbsent(plan.id(), fileName);
                if (previous != null) {
                    errors.add(fileName + ":1: plan id '" + plan.id() + "' is already used by " + previous);
                } else {
                    plans.add(plan);
                }
            } catch (PlanValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new PlanValidationException(errors);
        }
        return List.copyOf(plans);
    }

    /** One pass over one file's node tree, collecting problems. */
    private static final class Reader {

        private final YamlNodes yaml;
        private final String expectedId;

        Reader(YamlNodes yaml, String expectedId) {
            this.yaml = yaml;
            this.expectedId = expectedId;
        }

        Plan plan(Node root) {
            if (root == null) {
                yaml.error(null, "the file is empty: expected a plan (id, title, area, pillars, targets)");
                throw failure();
            }
            Map<String, Node> fields = mapping(root, "plan", PLAN_KEYS);
            if (fields == null) {
                throw failure();
            }
            String id = id(fields, "id", root, "plan");
            if (id != null && expectedId != null && !id.equals(expectedId)) {
                error(fields.get("id"), "plan", "id '" + id + "' does not match the file name (expected '"
                        + expectedId + "')");
            }
            LocalizedText title = text(fields, "title", root, "plan", true);
            String area = yaml.text(fields, "area", root, "plan", true);

            List<Pillar> pillars = new ArrayList<>();
            Map<String, Integer> pillarLines = new LinkedHashMap<>();
            for (Node node : sequence(fields, "pillars", root, "plan")) {
                Pillar pillar = pillar(node, pillarLines);
                if (pillar != null) {
                    pillars.add(pillar);
                }
            }
            List<PlanTarget> targets = new ArrayList<>();
            Map<String, Integer> targetLines = new HashMap<>();
            int index = 0;
            for (Node node : sequence(fields, "targets", root, "plan")) {
                index++;
                PlanTarget target = target(node, index, area, pillarLines.keySet(), targetLines);
                if (target != null) {
                    targets.add(target);
                }
            }
            List<CityAssessment> assessments = cityAssessments(fields, targetLines.keySet());
            if (yaml.count() > 0) {
                throw failure();
            }
            return new Plan(id, title, area, pillars, targets, assessments);
        }

        /** The optional {@code city_assessments} list: one entry per plan year, its missed targets known ids. */
        private List<CityAssessment> cityAssessments(Map<String, Node> fields, Set<String> targetIds) {
            List<Node> entries = yaml.items(fields.get("city_assessments"), "city_assessments", "plan");
            List<CityAssessment> result = new ArrayList<>();
            Map<Integer, Integer> years = new HashMap<>();
            for (Node node : entries) {
                String ctx = "city assessment";
                int before = yaml.count();
                Map<String, Node> f = mapping(node, ctx, CITY_ASSESSMENT_KEYS);
                if (f == null) {
                    continue;
                }
                Integer year = year(f, "year", node, ctx);
                if (year != null) {
                    ctx = "city assessment " + year;
                    Integer first = years.putIfAbsent(year, YamlNodes.line(node));
                    if (first != null) {
                        error(f.get("year"), ctx, "a second assessment of " + year
                                + " (first at line " + first + ")");
                    }
                }
                Double met = number(f, "met", node, ctx, true);
                Double total = number(f, "total", node, ctx, true);
                if (met != null && total != null && (met < 0 || total < 1 || met > total
                        || met != Math.rint(met) || total != Math.rint(total))) {
                    error(f.get("met"), ctx, "met and total must be whole numbers with 0 ≤ met ≤ total"
                            + " and total ≥ 1, got " + plain(met) + "/" + plain(total));
                    met = null;
                }
                List<String> missed = new ArrayList<>();
                Node missedNode = f.get("missed");
                if (missedNode != null && !YamlNodes.isNull(missedNode)) {
                    if (missedNode instanceof SequenceNode list) {
                        for (Node item : list.getValue()) {
                            String text = item instanceof ScalarNode scalar
                                    ? Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC) : null;
                            if (text == null || !targetIds.contains(text)) {
                                error(item, ctx, "missed: '" + (text == null ? YamlNodes.describe(item) : text)
                                        + "' is not a target id of this plan");
                            } else {
                                missed.add(text);
                            }
                        }
                    } else {
                        error(missedNode, ctx, "field 'missed' must be a list of target ids");
                    }
                }
                if (met != null && total != null && missed.size() > total - met) {
                    error(missedNode, ctx, missed.size() + " missed targets named, but met/total says "
                            + plain(total - met));
                }
                String source = yaml.text(f, "source", node, ctx, true);
                LocalDate published = date(f, "published", node, ctx);
                String note = yaml.text(f, "note", node, ctx, false);
                if (yaml.count() == before && year != null && met != null && total != null && source != null) {
                    result.add(new CityAssessment(year, met.intValue(), total.intValue(), missed, source, published,
                            note));
                }
            }
            return result;
        }

        private Pillar pillar(Node node, Map<String, Integer> seen) {
            String peeked = peekId(node);
            String context = peeked == null ? "pillar" : "pillar " + peeked;
            Map<String, Node> fields = mapping(node, context, PILLAR_KEYS);
            if (fields == null) {
                return null;
            }
            String id = id(fields, "id", node, context);
            LocalizedText name = text(fields, "name", node, context, true);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, YamlNodes.line(node));
                if (first != null) {
                    error(fields.get("id"), context, "duplicate pillar id (first defined at line " + first + ")");
                    return null;
                }
            }
            return id == null || name == null ? null : new Pillar(id, name);
        }

        private PlanTarget target(Node node, int index, String planArea, Set<String> pillars, Map<String, Integer> seen) {
            String peeked = peekId(node);
            String ctx = peeked == null ? "target #" + index : "target " + peeked;
            int before = yaml.count();
            Map<String, Node> fields = mapping(node, ctx, TARGET_KEYS);
            if (fields == null) {
                return null;
            }
            String id = id(fields, "id", node, ctx);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, YamlNodes.line(node));
                if (first != null) {
                    error(fields.get("id"), ctx, "duplicate target id (first defined at line " + first + ")");
                }
            }
            String indicator = id(fields, "indicator", node, ctx);
            LocalizedText name = text(fields, "name", node, ctx, true);

            String pillar = yaml.text(fields, "pillar", node, ctx, true);
            if (pillar != null && !pillars.contains(pillar)) {
                error(fields.get("pillar"), ctx, "unknown pillar '" + pillar + "' (expected one of "
                        + String.join(", ", pillars) + ")");
            }

            TargetType type = null;
            String typeText = yaml.text(fields, "type", node, ctx, true);
            if (typeText != null) {
                try {
                    type = TargetType.parse(typeText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("type"), ctx, "unknown type '" + typeText + "' (expected one of "
                            + Arrays.stream(TargetType.values()).map(TargetType::code)
                            .collect(Collectors.joining(", ")) + ")");
                }
            }

            Integer baseYear = year(fields, "base_year", node, ctx);
            Integer targetYear = year(fields, "target_year", node, ctx);
            if (baseYear != null && targetYear != null && targetYear < baseYear) {
                error(fields.get("target_year"), ctx, "target_year " + targetYear
                        + " is before base_year " + baseYear);
            }

            // A target the city assessed but whose value no source gives may be listed without one, so that the
            // report can show the city's verdict and say why it cannot be checked.
            boolean targetRequired = type != TargetType.MILESTONE && !fields.containsKey("city_verdict")
                    && !"tracked".equals(peekScalar(fields, "role"));
            Double target = number(fields, "target", node, ctx, targetRequired);
            String targetText = yaml.text(fields, "target_text", node, ctx, false);

            Direction direction = null;
            String directionText = yaml.text(fields, "direction", node, ctx, true);
            if (directionText != null) {
                try {
                    direction = Direction.parse(directionText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("direction"), ctx, "unknown direction '" + directionText
                            + "' (expected increase or decrease)");
                }
            }
            if (type == TargetType.CEILING && direction == Direction.INCREASE) {
                error(fields.get("direction"), ctx, "type ceiling (\"at most\") needs direction decrease");
            }

            String unit = yaml.text(fields, "unit", node, ctx, true);
            Double limit = number(fields, "limit", node, ctx, false);
            if (limit != null && limit <= 0) {
                error(fields.get("limit"), ctx, "limit must be greater than 0, got " + plain(limit));
            }
            String area = yaml.text(fields, "area", node, ctx, false);
            String source = yaml.text(fields, "source", node, ctx, true);
            String note = yaml.text(fields, "note", node, ctx, false);

            Double upper = number(fields, "target_upper", node, ctx, false);
            if (upper != null && target != null && direction != null
                    && (direction == Direction.INCREASE ? upper < target : upper > target)) {
                error(fields.get("target_upper"), ctx, "target_upper " + plain(upper)
                        + " is on the wrong side of target " + plain(target) + " (target is the bound that decides"
                        + " achievement: the lower one when direction is increase, the upper one when decrease)");
            }
            String periodIndicator = fields.containsKey("period_indicator")
                    ? id(fields, "period_indicator", node, ctx) : null;
            if (periodIndicator != null && type != TargetType.GROWTH_AVG && type != TargetType.CUMULATIVE) {
                error(fields.get("period_indicator"), ctx,
                        "period_indicator only applies to growth_avg and cumulative targets");
            }
            String planName = yaml.text(fields, "plan", node, ctx, false);
            LocalDate due = deadline(fields, "due", node, ctx);
            if (due != null && type != TargetType.MILESTONE) {
                error(fields.get("due"), ctx, "due only applies to milestone targets");
            }
            CityVerdict cityVerdict = null;
            String cityText = yaml.text(fields, "city_verdict", node, ctx, false);
            if (cityText != null) {
                try {
                    cityVerdict = CityVerdict.parse(cityText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("city_verdict"), ctx, "unknown city_verdict '" + cityText
                            + "' (expected achieved or not_achieved)");
                }
            }
            LocalizedText cityNote = text(fields, "city_note", node, ctx, false);
            TargetRole role = TargetRole.MAIN;
            String roleText = yaml.text(fields, "role", node, ctx, false);
            if (roleText != null) {
                try {
                    role = TargetRole.parse(roleText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("role"), ctx, "unknown role '" + roleText
                            + "' (expected main, reference or tracked)");
                }
            }

            if (yaml.count() > before) {
                return null;
            }
            return new PlanTarget(id, indicator, name, pillar, type, baseYear, targetYear, target, targetText,
                    direction, unit, limit, area != null ? area : planArea, source, note, upper, periodIndicator,
                    planName, due, cityVerdict, cityNote, role);
        }

        // --- typed field readers: each reports its own problems and returns null when the value is unusable ---

        /** A mapping's fields by key (problems as {@link YamlNodes#keys}); null when the node is no mapping. */
        private Map<String, Node> mapping(Node node, String context, Set<String> known) {
            Map<String, Node> fields = yaml.keys(node, known, context);
            return node instanceof MappingNode ? fields : null;
        }

        private List<Node> sequence(Map<String, Node> fields, String key, Node owner, String context) {
            Node value = yaml.value(fields, key, owner, context, true);
            List<Node> items = yaml.items(value, key, context);
            if (value instanceof SequenceNode seq && seq.getValue().isEmpty()) {
                error(seq, context, "field '" + key + "' is empty: at least one entry is needed");
            }
            return items;
        }

        private String id(Map<String, Node> fields, String key, Node owner, String context) {
            String id = yaml.text(fields, key, owner, context, true);
            if (id != null && !ID.matcher(id).matches()) {
                error(fields.get(key), context, "invalid " + key + " '" + id
                        + "' (use letters, digits, '_', '.', '-')");
                return null;
            }
            return id;
        }

        private Integer year(Map<String, Node> fields, String key, Node owner, String context) {
            String text = yaml.text(fields, key, owner, context, true);
            if (text == null) {
                return null;
            }
            Node value = fields.get(key);
            if (!YEAR.matcher(text).matches()) {
                error(value, context, key + " must be a year (YYYY), got '" + text + "'");
                return null;
            }
            int year;
            try {
                year = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                year = Integer.MIN_VALUE;
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                error(value, context, key + " must be a year between " + MIN_YEAR + " and " + MAX_YEAR + ", got '" + text + "'");
                return null;
            }
            return year;
        }

        private LocalDate date(Map<String, Node> fields, String key, Node owner, String context) {
            String text = yaml.text(fields, key, owner, context, false);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(fields.get(key), context, key + " must be a date (YYYY-MM-DD), got '" + text + "'");
                return null;
            }
        }

        /** A deadline: YYYY, YYYY-MM or YYYY-MM-DD, optionally after '<' (before); the last day still on time. */
        private LocalDate deadline(Map<String, Node> fields, String key, Node owner, String context) {
            String text = yaml.text(fields, key, owner, context, false);
            if (text == null) {
                return null;
            }
            try {
                return Deadline.parse(text);
            } catch (IllegalArgumentException e) {
                error(fields.get(key), context, key + " must be a deadline (YYYY, YYYY-MM or YYYY-MM-DD,"
                        + " optionally after '<' for 'before'), got '" + text + "'");
                return null;
            }
        }

        private static String peekScalar(Map<String, Node> fields, String key) {
            Node value = fields.get(key);
            return value instanceof ScalarNode scalar
                    ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : null;
        }

        private Double number(Map<String, Node> fields, String key, Node owner, String context, boolean required) {
            return yaml.number(fields, key, owner, context, required,
                    "target".equals(key) ? " (for a range give the lower bound; keep the wording in target_text)" : null);
        }

        /** A {vi, en} mapping; a plain value is taken as the Vietnamese text. vi is required, en optional. */
        private LocalizedText text(Map<String, Node> fields, String key, Node owner, String context, boolean required) {
            Node value = yaml.value(fields, key, owner, context, required);
            if (value == null) {
                return null;
            }
            if (value instanceof ScalarNode) {
                String vi = yaml.text(fields, key, owner, context, required);
                return vi == null ? null : new LocalizedText(vi, null);
            }
            Map<String, Node> parts = mapping(value, context + " " + key, TEXT_KEYS);
            if (parts == null) {
                return null;
            }
            String vi = yaml.text(parts, "vi", value, context, false);
            if (vi == null) {
                error(parts.containsKey("vi") ? parts.get("vi") : value, context,
                        "missing required field '" + key + ".vi' (the Vietnamese text)");
                return null;
            }
            return new LocalizedText(vi, yaml.text(parts, "en", value, context, false));
        }

        // --- helpers ---

        /** The id a mapping gives itself, to name it in messages about its other fields; null when it has none. */
        private static String peekId(Node node) {
            if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && "id".equals(key.getValue())
                            && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                        return Normalizer.normalize(value.getValue().strip(), Normalizer.Form.NFC);
                    }
                }
            }
            return null;
        }

        private void error(Node node, String context, String message) {
            yaml.error(node, context + ": " + message);
        }

        private PlanValidationException failure() {
            return new PlanValidationException(yaml.problems());
        }

        private static String plain(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d).toLowerCase(Locale.ROOT);
        }
    }
}
