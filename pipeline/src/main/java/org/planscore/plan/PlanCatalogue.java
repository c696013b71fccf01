package org.planscore.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.planscore.scoring.Deadline;
import org.planscore.scoring.Direction;
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
 * Loads plan catalogues ({@code config/plans/<id>.yml}, schema in {@code config/plans/README.md}) into {@link Plan}s
 * and validates them. Validation collects every problem of a file, each naming the file and line, and throws them
 * together in one {@link PlanValidationException}; nothing half-valid is returned.
 *
 * <p>The YAML is read with SnakeYAML's node API ({@code compose}), never turned into objects, so every value keeps
 * its line number. Strings are NFC-normalised (as observations are), so "Hải Phòng" typed with combining marks still
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
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
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
        Node root;
        try {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            root = yaml.compose(new UnicodeReader(in));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new PlanValidationException(List.of(sourceName + ":" + line + ": not valid YAML: " + problem));
        } catch (YAMLException e) {
            String what = hasCause(e, CharacterCodingException.class) ? "not valid UTF-8" : "not valid YAML: " + e.getMessage();
            throw new PlanValidationException(List.of(sourceName + ":1: " + what));
        }
        return new Reader(sourceName, expectedId).plan(root);
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

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** One pass over one file's node tree, collecting problems. */
    private static final class Reader {

        private record Problem(int line, String text) {
        }

        private final String source;
        private final String expectedId;
        private final List<Problem> problems = new ArrayList<>();

        Reader(String source, String expectedId) {
            this.source = source;
            this.expectedId = expectedId;
        }

        Plan plan(Node root) {
            if (root == null) {
                problems.add(new Problem(1, "the file is empty: expected a plan (id, title, area, pillars, targets)"));
                throw failure();
            }
            Map<String, NodeTuple> fields = mapping(root, "plan", PLAN_KEYS);
            if (fields == null) {
                throw failure();
            }
            String id = id(fields, "id", root, "plan");
            if (id != null && expectedId != null && !id.equals(expectedId)) {
                error(fields.get("id").getValueNode(), "plan", "id '" + id + "' does not match the file name (expected '"
                        + expectedId + "')");
            }
            LocalizedText title = text(fields, "title", root, "plan", true);
            String area = string(fields, "area", root, "plan", true);

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
            if (!problems.isEmpty()) {
                throw failure();
            }
            return new Plan(id, title, area, pillars, targets, assessments);
        }

        /** The optional {@code city_assessments} list: one entry per plan year, its missed targets known ids. */
        private List<CityAssessment> cityAssessments(Map<String, NodeTuple> fields, Set<String> targetIds) {
            NodeTuple tuple = fields.get("city_assessments");
            if (tuple == null || isNull(tuple.getValueNode())) {
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
                error(tuple.getValueNode(), "plan", "field 'city_assessments' must be a list ('- ' items), got "
                        + describe(tuple.getValueNode()));
                return List.of();
            }
            List<CityAssessment> result = new ArrayList<>();
            Map<Integer, Integer> years = new HashMap<>();
            for (Node node : seq.getValue()) {
                String ctx = "city assessment";
                int before = problems.size();
                Map<String, NodeTuple> f = mapping(node, ctx, CITY_ASSESSMENT_KEYS);
                if (f == null) {
                    continue;
                }
                Integer year = year(f, "year", node, ctx);
                if (year != null) {
                    ctx = "city assessment " + year;
                    Integer first = years.putIfAbsent(year, line(node));
                    if (first != null) {
                        error(f.get("year").getValueNode(), ctx, "a second assessment of " + year
                                + " (first at line " + first + ")");
                    }
                }
                Double met = number(f, "met", node, ctx, true);
                Double total = number(f, "total", node, ctx, true);
                if (met != null && total != null && (met < 0 || total < 1 || met > total
                        || met != Math.rint(met) || total != Math.rint(total))) {
                    error(f.get("met").getValueNode(), ctx, "met and total must be whole numbers with 0 ≤ met ≤ total"
                            + " and total ≥ 1, got " + plain(met) + "/" + plain(total));
                    met = null;
                }
                List<String> missed = new ArrayList<>();
                NodeTuple missedTuple = f.get("missed");
                if (missedTuple != null && !isNull(missedTuple.getValueNode())) {
                    if (missedTuple.getValueNode() instanceof SequenceNode list) {
                        for (Node item : list.getValue()) {
                            String text = item instanceof ScalarNode scalar
                                    ? Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC) : null;
                            if (text == null || !targetIds.contains(text)) {
                                error(item, ctx, "missed: '" + (text == null ? describe(item) : text)
                                        + "' is not a target id of this plan");
                            } else {
                                missed.add(text);
                            }
                        }
                    } else {
                        error(missedTuple.getValueNode(), ctx, "field 'missed' must be a list of target ids");
                    }
                }
                if (met != null && total != null && missed.size() > total - met) {
                    error(missedTuple.getValueNode(), ctx, missed.size() + " missed targets named, but met/total says "
                            + plain(total - met));
                }
                String source = string(f, "source", node, ctx, true);
                LocalDate published = date(f, "published", node, ctx);
                String note = string(f, "note", node, ctx, false);
                if (problems.size() == before && year != null && met != null && total != null && source != null) {
                    result.add(new CityAssessment(year, met.intValue(), total.intValue(), missed, source, published,
                            note));
                }
            }
            return result;
        }

        private Pillar pillar(Node node, Map<String, Integer> seen) {
            String peeked = peekId(node);
            String context = peeked == null ? "pillar" : "pillar " + peeked;
            Map<String, NodeTuple> fields = mapping(node, context, PILLAR_KEYS);
            if (fields == null) {
                return null;
            }
            String id = id(fields, "id", node, context);
            LocalizedText name = text(fields, "name", node, context, true);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, line(node));
                if (first != null) {
                    error(fields.get("id").getValueNode(), context, "duplicate pillar id (first defined at line " + first + ")");
                    return null;
                }
            }
            return id == null || name == null ? null : new Pillar(id, name);
        }

        private PlanTarget target(Node node, int index, String planArea, Set<String> pillars, Map<String, Integer> seen) {
            String peeked = peekId(node);
            String ctx = peeked == null ? "target #" + index : "target " + peeked;
            int before = problems.size();
            Map<String, NodeTuple> fields = mapping(node, ctx, TARGET_KEYS);
            if (fields == null) {
                return null;
            }
            String id = id(fields, "id", node, ctx);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, line(node));
                if (first != null) {
                    error(fields.get("id").getValueNode(), ctx, "duplicate target id (first defined at line " + first + ")");
                }
            }
            String indicator = id(fields, "indicator", node, ctx);
            LocalizedText name = text(fields, "name", node, ctx, true);

            String pillar = string(fields, "pillar", node, ctx, true);
            if (pillar != null && !pillars.contains(pillar)) {
                error(fields.get("pillar").getValueNode(), ctx, "unknown pillar '" + pillar + "' (expected one of "
                        + String.join(", ", pillars) + ")");
            }

            TargetType type = null;
            String typeText = string(fields, "type", node, ctx, true);
            if (typeText != null) {
                try {
                    type = TargetType.parse(typeText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("type").getValueNode(), ctx, "unknown type '" + typeText + "' (expected one of "
                            + Arrays.stream(TargetType.values()).map(TargetType::code)
                            .collect(Collectors.joining(", ")) + ")");
                }
            }

            Integer baseYear = year(fields, "base_year", node, ctx);
            Integer targetYear = year(fields, "target_year", node, ctx);
            if (baseYear != null && targetYear != null && targetYear < baseYear) {
                error(fields.get("target_year").getValueNode(), ctx, "target_year " + targetYear
                        + " is before base_year " + baseYear);
            }

            // A target the city assessed but whose value no source gives may be listed without one, so that the
            // report can show the city's verdict and say why it cannot be checked.
            boolean targetRequired = type != TargetType.MILESTONE && !fields.containsKey("city_verdict")
                    && !"tracked".equals(peekScalar(fields, "role"));
            Double target = number(fields, "target", node, ctx, targetRequired);
            String targetText = string(fields, "target_text", node, ctx, false);

            Direction direction = null;
            String directionText = string(fields, "direction", node, ctx, true);
            if (directionText != null) {
                try {
                    direction = Direction.parse(directionText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("direction").getValueNode(), ctx, "unknown direction '" + directionText
                            + "' (expected increase or decrease)");
                }
            }
            if (type == TargetType.CEILING && direction == Direction.INCREASE) {
                error(fields.get("direction").getValueNode(), ctx, "type ceiling (\"at most\") needs direction decrease");
            }

            String unit = string(fields, "unit", node, ctx, true);
            Double limit = number(fields, "limit", node, ctx, false);
            if (limit != null && limit <= 0) {
                error(fields.get("limit").getValueNode(), ctx, "limit must be greater than 0, got " + plain(limit));
            }
            String area = string(fields, "area", node, ctx, false);
            String source = string(fields, "source", node, ctx, true);
            String note = string(fields, "note", node, ctx, false);

            Double upper = number(fields, "target_upper", node, ctx, false);
            if (upper != null && target != null && direction != null
                    && (direction == Direction.INCREASE ? upper < target : upper > target)) {
                error(fields.get("target_upper").getValueNode(), ctx, "target_upper " + plain(upper)
                        + " is on the wrong side of target " + plain(target) + " (target is the bound that decides"
                        + " achievement: the lower one when direction is increase, the upper one when decrease)");
            }
            String periodIndicator = fields.containsKey("period_indicator")
                    ? id(fields, "period_indicator", node, ctx) : null;
            if (periodIndicator != null && type != TargetType.GROWTH_AVG && type != TargetType.CUMULATIVE) {
                error(fields.get("period_indicator").getValueNode(), ctx,
                        "period_indicator only applies to growth_avg and cumulative targets");
            }
            String planName = string(fields, "plan", node, ctx, false);
            LocalDate due = deadline(fields, "due", node, ctx);
            if (due != null && type != TargetType.MILESTONE) {
                error(fields.get("due").getValueNode(), ctx, "due only applies to milestone targets");
            }
            CityVerdict cityVerdict = null;
            String cityText = string(fields, "city_verdict", node, ctx, false);
            if (cityText != null) {
                try {
                    cityVerdict = CityVerdict.parse(cityText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("city_verdict").getValueNode(), ctx, "unknown city_verdict '" + cityText
                            + "' (expected achieved or not_achieved)");
                }
            }
            LocalizedText cityNote = text(fields, "city_note", node, ctx, false);
            TargetRole role = TargetRole.MAIN;
            String roleText = string(fields, "role", node, ctx, false);
            if (roleText != null) {
                try {
                    role = TargetRole.parse(roleText);
                } catch (IllegalArgumentException e) {
                    error(fields.get("role").getValueNode(), ctx, "unknown role '" + roleText
                            + "' (expected main, reference or tracked)");
                }
            }

            if (problems.size() > before) {
                return null;
            }
            return new PlanTarget(id, indicator, name, pillar, type, baseYear, targetYear, target, targetText,
                    direction, unit, limit, area != null ? area : planArea, source, note, upper, periodIndicator,
                    planName, due, cityVerdict, cityNote, role);
        }

        // --- typed field readers: each reports its own problems and returns null when the value is unusable ---

        /** A mapping's fields by key; reports duplicate and unknown keys. Null (reported) when the node is no mapping. */
        private Map<String, NodeTuple> mapping(Node node, String context, Set<String> known) {
            if (!(node instanceof MappingNode map)) {
                error(node, context, "expected a mapping (key: value lines), got " + describe(node));
                return null;
            }
            Map<String, NodeTuple> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalar)) {
                    error(keyNode, context, "expected a field name, got " + describe(keyNode));
                    continue;
                }
                String key = scalar.getValue();
                if (fields.containsKey(key)) {
                    error(keyNode, context, "field '" + key + "' appears twice (first at line "
                            + line(fields.get(key).getKeyNode()) + ")");
                    continue;
                }
                fields.put(key, tuple);
                if (!known.contains(key)) {
                    error(keyNode, context, "unknown field '" + key + "' (known fields: "
                            + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
                }
            }
            return fields;
        }

        /** The value of {@code key}, or null when it is absent or empty; a missing required field is an error. */
        private Node present(Map<String, NodeTuple> fields, String key, Node owner, String context, boolean required) {
            NodeTuple tuple = fields.get(key);
            if (tuple == null || isNull(tuple.getValueNode())) {
                if (required) {
                    error(tuple == null ? owner : tuple.getKeyNode(), context, "missing required field '" + key + "'");
                }
                return null;
            }
            return tuple.getValueNode();
        }

        private List<Node> sequence(Map<String, NodeTuple> fields, String key, Node owner, String context) {
            Node value = present(fields, key, owner, context, true);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof SequenceNode seq)) {
                error(value, context, "field '" + key + "' must be a list ('- ' items), got " + describe(value));
                return List.of();
            }
            if (seq.getValue().isEmpty()) {
                error(seq, context, "field '" + key + "' is empty: at least one entry is needed");
            }
            return seq.getValue();
        }

        private String string(Map<String, NodeTuple> fields, String key, Node owner, String context, boolean required) {
            Node value = present(fields, key, owner, context, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof ScalarNode scalar)) {
                error(value, context, "field '" + key + "' must be a single value, got " + describe(value));
                return null;
            }
            String text = Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC);
            if (text.isEmpty()) {
                if (required) {
                    error(value, context, "missing required field '" + key + "' (the value is blank)");
                }
                return null;
            }
            return text;
        }

        private String id(Map<String, NodeTuple> fields, String key, Node owner, String context) {
            String id = string(fields, key, owner, context, true);
            if (id != null && !ID.matcher(id).matches()) {
                error(fields.get(key).getValueNode(), context, "invalid " + key + " '" + id
                        + "' (use letters, digits, '_', '.', '-')");
                return null;
            }
            return id;
        }

        private Integer year(Map<String, NodeTuple> fields, String key, Node owner, String context) {
            String text = string(fields, key, owner, context, true);
            if (text == null) {
                return null;
            }
            Node value = fields.get(key).getValueNode();
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

        private LocalDate date(Map<String, NodeTuple> fields, String key, Node owner, String context) {
            String text = string(fields, key, owner, context, false);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(fields.get(key).getValueNode(), context, key + " must be a date (YYYY-MM-DD), got '" + text + "'");
                return null;
            }
        }

        /** A deadline: YYYY, YYYY-MM or YYYY-MM-DD, optionally after '<' (before); the last day still on time. */
        private LocalDate deadline(Map<String, NodeTuple> fields, String key, Node owner, String context) {
            String text = string(fields, key, owner, context, false);
            if (text == null) {
                return null;
            }
            try {
                return Deadline.parse(text);
            } catch (IllegalArgumentException e) {
                error(fields.get(key).getValueNode(), context, key + " must be a deadline (YYYY, YYYY-MM or YYYY-MM-DD,"
                        + " optionally after '<' for 'before'), got '" + text + "'");
                return null;
            }
        }

        private static String peekScalar(Map<String, NodeTuple> fields, String key) {
            NodeTuple tuple = fields.get(key);
            return tuple != null && tuple.getValueNode() instanceof ScalarNode scalar
                    ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : null;
        }

        private Double number(Map<String, NodeTuple> fields, String key, Node owner, String context, boolean required) {
            String text = string(fields, key, owner, context, required);
            if (text == null) {
                return null;
            }
            Node value = fields.get(key).getValueNode();
            if (NUMBER.matcher(text).matches()) {
                double d = Double.parseDouble(text.replace("_", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            }
            error(value, context, key + " must be a number, got '" + text + "'"
                    + ("target".equals(key) ? " (for a range give the lower bound; keep the wording in target_text)" : ""));
            return null;
        }

        /** A {vi, en} mapping; a plain value is taken as the Vietnamese text. vi is required, en optional. */
        private LocalizedText text(Map<String, NodeTuple> fields, String key, Node owner, String context, boolean required) {
            Node value = present(fields, key, owner, context, required);
            if (value == null) {
                return null;
            }
            if (value instanceof ScalarNode) {
                String vi = string(fields, key, owner, context, required);
                return vi == null ? null : new LocalizedText(vi, null);
            }
            Map<String, NodeTuple> parts = mapping(value, context + " " + key, TEXT_KEYS);
            if (parts == null) {
                return null;
            }
            String vi = string(parts, "vi", value, context, false);
            if (vi == null) {
                error(parts.containsKey("vi") ? parts.get("vi").getKeyNode() : value, context,
                        "missing required field '" + key + ".vi' (the Vietnamese text)");
                return null;
            }
            return new LocalizedText(vi, string(parts, "en", value, context, false));
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
            problems.add(new Problem(line(node), context + ": " + message));
        }

        private PlanValidationException failure() {
            List<String> lines = problems.stream()
                    .sorted(Comparator.comparingInt(Problem::line))
                    .map(p -> source + ":" + p.line() + ": " + p.text())
                    .collect(Collectors.toCollection(ArrayList::new));
            return new PlanValidationException(new ArrayList<>(new LinkedHashSet<>(lines)));
        }

        private static int line(Node node) {
            return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
        }

        private static String describe(Node node) {
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

        private static String plain(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d).toLowerCase(Locale.ROOT);
        }
    }
}
