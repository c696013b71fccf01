package org.planscore.cli.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planscore.cli.ExitCode;
import org.planscore.support.FileTrees;

/**
 * {@code ./planscore bench}: generates deterministic tidy CSV and XLSX files, imports each through the real import
 * job into a fresh H2 file database, and prints beside each result a floor measured in the same run on the same
 * input (plain Commons CSV or POI SAX parse + JDBC batch INSERT into the same table). Every measurement runs in its
 * own JVM ({@link BenchChild}) so it has a cold JIT, its own heap limit and its own database; only the import step
 * is timed, never JVM or Spring start-up. Also times an idle nightly run and a 500-target report.
 * Documented in docs/benchmark.md. Never run by {@code mvn verify}.
 */
public final class BenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public ExitCode run(BenchOptions options, List<String> springArgs) throws Exception {
        if (options.child != null) {
            new BenchChild(out).run(options.child, options.input, options.work == null ? Path.of(".") : options.work,
                    springArgs, options.files, options.floorBatch);
            return ExitCode.OK;
        }
        Settings settings = Settings.of(options, springArgs);
        Files.createDirectories(settings.work);
        err.println("bench: work folder " + settings.work + " (inputs are kept there and reused)");
        BenchReport report = new BenchReport();
        if (settings.parts.contains("csv")) {
            for (long rows : settings.csvRows) {
                Path csv = TidyFiles.csv(settings.work, rows);
                measurePair(settings, report, "CSV", rows, csv, "csv-floor", settings.heap);
            }
        }
        if (settings.parts.contains("xlsx")) {
            Path xlsx = TidyFiles.xlsx(settings.work, settings.xlsxRows);
            measurePair(settings, report, "XLSX", settings.xlsxRows, xlsx, "xlsx-floor", settings.xlsxHeap);
        }
        Path home = WholeRuns.home();
        boolean wholeRuns = settings.parts.contains("startup") || settings.parts.contains("whole");
        if (wholeRuns && home == null) {
            err.println("bench: start-up and whole-run cases need ./planscore (planscore.home); skipped");
        } else if (wholeRuns) {
            WholeRuns whole = new WholeRuns(home, Files.createDirectories(settings.work.resolve("logs")), err);
            if (settings.parts.contains("startup")) {
                startup(settings, report, whole, options.workbook, options.startupRepeat);
            }
            if (settings.parts.contains("whole")) {
                for (long rows : settings.csvRows) {
                    wholePair(settings, report, whole, "CSV", rows, TidyFiles.csv(settings.work, rows),
                            TidyFiles.csv(settings.work, 1), "csv-floor", settings.heap);
                }
                wholePair(settings, report, whole, "XLSX", settings.xlsxRows,
                        TidyFiles.xlsx(settings.work, settings.xlsxRows), TidyFiles.xlsx(settings.work, 1),
                        "xlsx-floor", settings.xlsxHeap);
            }
        }
        if (settings.parts.contains("inbox")) {
            Path dir = settings.work.resolve("inbox-" + settings.inboxRows);
            Files.createDirectories(dir);
            for (int f = 0; f < settings.inboxFiles; f++) {
                TidyFiles.csvSlice(dir, settings.inboxRows, f);
            }
            List<String> sequential = List.of("--planscore.import.parallel-files=1");
            List<String> parallel = List.of("--planscore.import.parallel-files=" + settings.inboxFiles);
            Result best1 = null;
            Result bestN = null;
            for (int r = 0; r < settings.repeat; r++) {
                best1 = Result.faster(best1, child(settings, "inbox-sequential-" + r, "inbox", dir, settings.heap,
                        sequential, settings.inboxFiles));
                bestN = Result.faster(bestN, child(settings, "inbox-partitioned-" + r, "inbox", dir, settings.heap,
                        parallel, settings.inboxFiles));
            }
            report.inbox(settings.inboxFiles, settings.inboxRows, best1, bestN);
        }
        if (settings.parts.contains("idle")) {
            report.idle(child(settings, "idle", "idle", settings.work, settings.heap, List.of(), 1));
        }
        if (settings.parts.contains("report")) {
            report.report(child(settings, "report-500", "report", settings.work, settings.heap, List.of(), 1));
        }
        report.print(out, settings.describe());
        return ExitCode.OK;
    }

    /**
     * Each command as a user starts it ({@code ./planscore}, process start to exit) on a database holding the packaged
     * samples, beside the start-up floor on the same database; rounds alternate floor and commands.
     */
    private void startup(Settings settings, BenchReport report, WholeRuns whole, String workbook, int rounds)
            throws IOException, InterruptedException {
        Path dir = WholeRuns.freshRun(settings.work.resolve("runs").resolve("startup"), null);
        err.println("bench: start-up: a first run imports the samples (not timed)");
        whole.command(dir, settings.heap, List.of("run", "--as-of", WholeRuns.AS_OF));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("help", List.of("help"));
        commands.put("history --limit 1", List.of("history", "--limit", "1"));
        commands.put("export scores", List.of("export", "scores", "--as-of", WholeRuns.AS_OF));
        commands.put("run (nothing new)", List.of("run", "--as-of", WholeRuns.AS_OF));
        if (workbook != null) {
            Path file = Path.of(workbook).toAbsolutePath();
            commands.put("validate " + file.getFileName() + " (" + Files.size(file) / 1024 + " KB)",
                    List.of("validate", file.toString()));
        }
        List<Double> floor = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (var command : commands.entrySet()) {
                floor.add(whole.startupFloor(dir));
                times.computeIfAbsent(command.getKey(), k -> new ArrayList<>())
                        .add(whole.command(dir, settings.heap, command.getValue()));
            }
            err.println("bench: start-up round " + (r + 1) + ": floor " + floor.get(floor.size() - 1) + " s, "
                    + times.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get(e.getValue().size() - 1))
                    .toList());
        }
        report.startup(settings.heap, floor, times);
        FileTrees.deleteTree(dir);
    }

    /**
     * The whole import as a user waits for it: {@code ./planscore run} with the file in the inbox minus the same run
     * with an empty inbox (claim, digest, import, archive; the report and start-up cancel out), beside the floor
     * process on the file minus the floor process on a one-row file.
     */
    private void wholePair(Settings settings, BenchReport report, WholeRuns whole, String format, long rows,
                           Path input, Path oneRow, String floorMode, String heap)
            throws IOException, InterruptedException {
        String name = format.toLowerCase() + "-" + rows + "-whole";
        Path dir = settings.work.resolve("runs").resolve(name);
        List<String> run = new ArrayList<>(List.of("run", "--as-of", WholeRuns.AS_OF));
        run.addAll(settings.springArgs);
        double floorBest = Double.NaN;
        double pipelineBest = Double.NaN;
        for (int r = 0; r < settings.repeat; r++) {
            Result floorFull = child(settings, name + "-floor-" + r, floorMode, input, heap, List.of(), 1);
            Result floorEmpty = child(settings, name + "-floor-1row-" + r, floorMode, oneRow, heap, List.of(), 1);
            double floorWhole = floorFull.number("processSeconds") - floorEmpty.number("processSeconds");
            double full = whole.wholeRun(WholeRuns.freshRun(dir, input), heap, run);
            double empty = whole.wholeRun(WholeRuns.freshRun(dir, null), heap, run);
            err.printf("bench: %s: floor %.2f s - %.2f s, ./planscore run %.2f s - %.2f s%n", name,
                    floorFull.number("processSeconds"), floorEmpty.number("processSeconds"), full, empty);
            floorBest = Double.isNaN(floorBest) ? floorWhole : Math.min(floorBest, floorWhole);
            pipelineBest = Double.isNaN(pipelineBest) ? full - empty : Math.min(pipelineBest, full - empty);
        }
        FileTrees.deleteTree(dir);
        report.whole(format, rows, heap, floorBest, pipelineBest);
    }

    private void measurePair(Settings settings, BenchReport report, String format, long rows, Path input,
                             String floorMode, String heap) throws IOException, InterruptedException {
        Result floor = null;
        Result pipeline = null;
        String name = format.toLowerCase() + "-" + rows;
        // Alternated, best of each kept: on a shared machine the minimum is the least disturbed figure.
        for (int r = 0; r < settings.repeat; r++) {
            floor = Result.faster(floor, child(settings, name + "-floor-" + r, floorMode, input, heap, List.of(), 1));
            pipeline = Result.faster(pipeline, child(settings, name + "-planscore-" + r, "pipeline", input, heap,
                    settings.springArgs, 1));
        }
        report.pair(format, rows, heap, floor, pipeline);
    }

    /** Runs one measurement in a child JVM and parses its {@code BENCH} line; a failed child gives a failed result. */
    private Result child(Settings settings, String name, String mode, Path input, String heap, List<String> extra,
                         int files) throws IOException, InterruptedException {
        Path caseDir = settings.work.resolve("runs").resolve(name);
        FileTrees.deleteTree(caseDir);
        Files.createDirectories(caseDir);
        Path logs = Files.createDirectories(settings.work.resolve("logs"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        if (settings.jfr != null) {
            Files.createDirectories(settings.jfr);
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + settings.jfr.resolve(name + ".jfr") + ",settings=profile");
        }
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, "org.planscore.cli.PlanScoreCli"));
        }
        command.addAll(List.of("bench", "--child", mode, "--input", input.toString(), "--work", caseDir.toString(),
                "--files", Integer.toString(files), "--floor-batch", Integer.toString(settings.floorBatch)));
        command.addAll(extra);
        err.printf("bench: %-28s ", name);
        err.flush();
        Path log = logs.resolve(name + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        double processSeconds = (System.nanoTime() - started) / 1e9;
        Result result = output.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .map(Result::parse).orElse(null);
        if (result != null) {
            result.values().put("processSeconds", Double.toString(processSeconds));
        }
        if (status != 0 || result == null) {
            String why = Files.readAllLines(log).stream().filter(l -> l.contains("Exception") || l.contains("Error"))
                    .findFirst().orElse("exit status " + status);
            err.println("FAILED: " + why + " (log: " + log + ")");
            return Result.failed(why);
        }
        err.println(result.summary());
        FileTrees.deleteTree(caseDir);
        return result;
    }

    /** What one child measured: its key=value pairs, or why it failed. */
    record Result(Map<String, String> values, String failure) {

        static Result parse(String line) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : line.substring("BENCH ".length()).split(" ")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return new Result(values, null);
        }

        static Result failed(String why) {
            return new Result(Map.of(), why);
        }

        /** The run with the shorter wall time, carrying the smaller CPU time of the two (each metric's best). */
        static Result faster(Result best, Result next) {
            if (best == null || best.failed()) {
                return next;
            }
            if (next.failed()) {
                return best;
            }
            Result faster = best.seconds() <= next.seconds() ? best : next;
            Map<String, String> values = new LinkedHashMap<>(faster.values);
            if (values.containsKey("cpuSeconds")) {
                values.put("cpuSeconds", Double.toString(Math.min(best.number("cpuSeconds"),
                        next.number("cpuSeconds"))));
            }
            return new Result(values, null);
        }

        boolean failed() {
            return failure != null;
        }

        double seconds() {
            return number("seconds");
        }

        double number(String key) {
            return Double.parseDouble(values.getOrDefault(key, "NaN"));
        }

        String summary() {
            return values.toString();
        }
    }

    /** The command's options, with their defaults. */
    private record Settings(Path work, long[] csvRows, long xlsxRows, int repeat, String heap, String xlsxHeap,
                            Path jfr, BenchOptions.Parts parts, int inboxFiles, long inboxRows, int floorBatch,
                            List<String> springArgs) {

        static Settings of(BenchOptions options, List<String> springArgs) throws IOException {
            return new Settings(options.work == null ? Files.createTempDirectory("planscore-bench")
                    : options.work.toAbsolutePath(), options.rows.counts().stream().mapToLong(Long::longValue).toArray(),
                    options.xlsxRows, options.repeat, options.heap, options.xlsxHeap,
                    options.jfr == null ? null : options.jfr.toAbsolutePath(), options.only, options.inboxFiles,
                    options.inboxRows, options.floorBatch, springArgs);
        }

        String describe() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("cpus", Runtime.getRuntime().availableProcessors());
            d.put("java", System.getProperty("java.version"));
            d.put("repeat", repeat + " (best of)");
            d.put("heap", heap);
            d.put("xlsx heap", xlsxHeap);
            d.put("floor batch/commit", floorBatch);
            if (!springArgs.isEmpty()) {
                d.put("settings", String.join(" ", springArgs));
            }
            return d.toString();
        }
    }
}
