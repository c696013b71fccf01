package org.planscore.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the measurements and prints them as Markdown tables: results beside their floors, then the targets. */
final class BenchReport {

    private record Pair(String format, long rows, String heap, BenchCommand.Result floor,
                        BenchCommand.Result pipeline) {
    }

    private record Whole(String format, long rows, String heap, double floor, double pipeline) {
    }

    private final List<Pair> pairs = new ArrayList<>();
    private final List<Whole> wholes = new ArrayList<>();
    private final List<String> startup = new ArrayList<>();
    private final Map<String, String[]> targets = new LinkedHashMap<>();
    private final List<String> extra = new ArrayList<>();

    void pair(String format, long rows, String heap, BenchCommand.Result floor, BenchCommand.Result pipeline) {
        pairs.add(new Pair(format, rows, heap, floor, pipeline));
    }

    /** Whole import: process start to exit minus an empty run, for the pipeline and its floor. */
    void whole(String format, long rows, String heap, double floor, double pipeline) {
        wholes.add(new Whole(format, rows, heap, floor, pipeline));
    }

    /** Start-up: each command's whole-process times beside the floor's (all rounds), as medians and minima. */
    void startup(String heap, List<Double> floor, Map<String, List<Double>> commands) {
        double floorMedian = median(floor);
        startup.add(String.format(Locale.ROOT, "| floor: JVM opens the H2 database, counts observations | %.2f | %.2f "
                + "| 1.00× | |", floorMedian, min(floor)));
        double helpMedian = Double.NaN;
        for (var c : commands.entrySet()) {
            double median = median(c.getValue());
            double ratio = median / floorMedian;
            if (c.getKey().equals("help")) {
                helpMedian = median;
            }
            startup.add(String.format(Locale.ROOT, "| ./planscore %s | %.2f | %.2f | **%.2f×** | %s |", c.getKey(),
                    median, min(c.getValue()), ratio, ratio <= 4 ? "yes" : "no"));
            if (c.getKey().startsWith("validate")) {
                double beyond = median - floorMedian;
                targets.put(c.getKey() + " in -Xmx" + heap + " within 2 s of start-up (the floor)", new String[]{
                        String.format(Locale.ROOT, "%.2f s beyond the floor (%.2f s beyond `help`)", beyond,
                                median - helpMedian), beyond <= 2 ? "yes" : "no"});
            } else {
                targets.put("start-up: " + c.getKey() + " ≤ 4× floor", new String[]{
                        String.format(Locale.ROOT, "%.2f×", ratio), ratio <= 4 ? "yes" : "no"});
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    void inbox(int files, long rows, BenchCommand.Result sequential, BenchCommand.Result partitioned) {
        if (sequential.failed() || partitioned.failed()) {
            extra.add(String.format("| inbox, %d CSV files × %,d rows | FAILED: %s |", files, rows,
                    sequential.failed() ? sequential.failure() : partitioned.failure()));
            return;
        }
        extra.add(String.format(Locale.ROOT, "| inbox, %d CSV files × %,d rows: sequential (one job after another) "
                        + "| %.2f s, %,.0f rows/s |", files, rows, sequential.seconds(),
                sequential.number("rows") / sequential.seconds()));
        extra.add(String.format(Locale.ROOT, "| same files, partitioned job (%d partitions in parallel) "
                        + "| %.2f s, %,.0f rows/s (%.2f× sequential time) |", files, partitioned.seconds(),
                partitioned.number("rows") / partitioned.seconds(), partitioned.seconds() / sequential.seconds()));
    }

    void idle(BenchCommand.Result idle) {
        if (idle.failed()) {
            targets.put("run with nothing new in the inbox ≤ ~3 s after start-up",
                    new String[]{"FAILED: " + idle.failure(), "no"});
            return;
        }
        extra.add(String.format(Locale.ROOT, "| nightly run, nothing new (JVM + Spring start-up before it: %.1f s) "
                + "| %.2f s |", idle.number("startupSeconds"), idle.seconds()));
        targets.put("run with nothing new in the inbox ≤ ~3 s after start-up", new String[]{
                String.format(Locale.ROOT, "%.2f s", idle.seconds()), idle.seconds() <= 3 ? "yes" : "no"});
    }

    void report(BenchCommand.Result report) {
        if (report.failed()) {
            targets.put("report for 500 targets ≤ ~10 s", new String[]{"FAILED: " + report.failure(), "no"});
            return;
        }
        extra.add(String.format(Locale.ROOT, "| report job, %.0f targets (score, charts, PDF, XLSX, outbox) "
                + "| %.2f s, peak heap %s MB |", report.number("targets"), report.seconds(), report.values().get("heapMB")));
        targets.put("report for 500 targets ≤ ~10 s", new String[]{
                String.format(Locale.ROOT, "%.2f s", report.seconds()), report.seconds() <= 10 ? "yes" : "no"});
    }

    void print(PrintStream out, String settings) {
        out.println();
        out.println("Settings: " + settings);
        out.println();
        out.println("| input | rows | -Xmx | floor s | PlanScore s | ratio | floor CPU s | PlanScore CPU s | CPU ratio "
                + "| floor rows/s | PlanScore rows/s | PlanScore µs/row | floor heap MB | PlanScore heap MB "
                + "| PlanScore GC ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Pair p : pairs) {
            if (p.floor.failed() || p.pipeline.failed()) {
                out.printf("| %s | %,d | %s | %s | %s | | | | | | | | | | |%n", p.format, p.rows, p.heap,
                        p.floor.failed() ? "FAILED" : fmt(p.floor.seconds()),
                        p.pipeline.failed() ? "FAILED: " + p.pipeline.failure() : fmt(p.pipeline.seconds()));
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %.2f | **%.2f×** | %.2f | %.2f | %.2f× | %,.0f | %,.0f "
                            + "| %.1f | %s | %s | %s |%n",
                    p.format, p.rows, p.heap, p.floor.seconds(), p.pipeline.seconds(),
                    p.pipeline.seconds() / p.floor.seconds(), p.floor.number("cpuSeconds"),
                    p.pipeline.number("cpuSeconds"), p.pipeline.number("cpuSeconds") / p.floor.number("cpuSeconds"),
                    p.rows / p.floor.seconds(),
                    p.rows / p.pipeline.seconds(), p.pipeline.seconds() * 1e6 / p.rows,
                    p.floor.values().get("heapMB"), p.pipeline.values().get("heapMB"),
                    p.pipeline.values().get("gcMs"));
        }
        if (!wholes.isEmpty()) {
            out.println();
            out.println("Whole run: process start to exit, minus an empty run (pipeline: `./planscore run` with the file "
                    + "in the inbox minus the same run with an empty inbox; floor: its process on the file minus on a "
                    + "one-row file), beside the step's own time from the table above.");
            out.println();
            out.println("| input | rows | -Xmx | floor whole s | PlanScore whole s | whole ratio | floor step s "
                    + "| PlanScore step s | step ratio |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Whole w : wholes) {
                Pair p = find(w.format, w.rows);
                boolean step = p != null && ok(p);
                out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %.2f | **%.2f×** | %s | %s | %s |%n", w.format,
                        w.rows, w.heap, w.floor, w.pipeline, w.pipeline / w.floor,
                        step ? fmt(p.floor.seconds()) : "", step ? fmt(p.pipeline.seconds()) : "",
                        step ? String.format(Locale.ROOT, "%.2f×", p.pipeline.seconds() / p.floor.seconds()) : "");
                double limit = w.format.equals("XLSX") ? 2.0 : 1.5;
                targets.put(String.format("whole import, %,d-row %s ≤ %.1f× its floor", w.rows, w.format, limit),
                        new String[]{String.format(Locale.ROOT, "%.2f× (%.2f vs %.2f s)", w.pipeline / w.floor,
                                w.pipeline, w.floor), w.pipeline / w.floor <= limit ? "yes" : "no"});
            }
        }
        if (!startup.isEmpty()) {
            out.println();
            out.println("Start-up: each command as a user starts it, process start to exit (median and best of the "
                    + "rounds), against the floor measured in the same rounds.");
            out.println();
            out.println("| command | median s | best s | ratio to floor | ≤ 4× |");
            out.println("|---|---:|---:|---:|---|");
            startup.forEach(out::println);
        }
        if (!extra.isEmpty()) {
            out.println();
            out.println("| other measurement | result |");
            out.println("|---|---|");
            extra.forEach(out::println);
        }
        addImportTargets();
        out.println();
        out.println("| target | measured | met |");
        out.println("|---|---|---|");
        targets.forEach((target, v) -> out.printf("| %s | %s | %s |%n", target, v[0], v[1]));
    }

    private void addImportTargets() {
        Map<String, String[]> imports = new LinkedHashMap<>();
        Pair csv100k = find("CSV", 100_000);
        Pair csv1m = find("CSV", 1_000_000);
        Pair xlsx = pairs.stream().filter(p -> p.format.equals("XLSX")).findFirst().orElse(null);
        if (csv1m != null) {
            imports.put("1M-row CSV import ≤ 1.5× its floor", ratioTarget(csv1m, 1.5));
        }
        if (xlsx != null) {
            imports.put(String.format("%,d-row XLSX in -Xmx%s ≤ 2× its floor", xlsx.rows, xlsx.heap),
                    ratioTarget(xlsx, 2.0));
        }
        if (csv100k != null && csv1m != null && ok(csv100k) && ok(csv1m)) {
            double perRow1m = csv1m.pipeline.seconds() / csv1m.rows;
            double perRow100k = csv100k.pipeline.seconds() / csv100k.rows;
            double growth = perRow1m / perRow100k;
            double cpuGrowth = (csv1m.pipeline.number("cpuSeconds") / csv1m.rows)
                    / (csv100k.pipeline.number("cpuSeconds") / csv100k.rows);
            imports.put("per-row cost at 1M within 1.3× of 100k", new String[]{
                    String.format(Locale.ROOT, "%.2f× wall (%.1f vs %.1f µs/row), %.2f× CPU; floor: %.2f× wall",
                            growth, perRow1m * 1e6, perRow100k * 1e6, cpuGrowth,
                            (csv1m.floor.seconds() / csv1m.rows) / (csv100k.floor.seconds() / csv100k.rows)),
                    growth <= 1.3 ? "yes" : "no"});
        }
        imports.putAll(targets);
        targets.clear();
        targets.putAll(imports);
    }

    private static String[] ratioTarget(Pair p, double limit) {
        if (!ok(p)) {
            return new String[]{"FAILED: " + (p.pipeline.failed() ? p.pipeline.failure() : p.floor.failure()), "no"};
        }
        double ratio = p.pipeline.seconds() / p.floor.seconds();
        double cpu = p.pipeline.number("cpuSeconds") / p.floor.number("cpuSeconds");
        return new String[]{String.format(Locale.ROOT, "%.2f× wall (%.2f× CPU)", ratio, cpu),
                ratio <= limit ? "yes" : "no"};
    }

    private static boolean ok(Pair p) {
        return !p.floor.failed() && !p.pipeline.failed();
    }

    private Pair find(String format, long rows) {
        return pairs.stream().filter(p -> p.format.equals(format) && p.rows == rows).findFirst().orElse(null);
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
