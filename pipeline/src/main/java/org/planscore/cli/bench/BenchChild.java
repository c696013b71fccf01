package org.planscore.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planscore.PlanScoreApplication;
import org.planscore.ingest.ImportJobConfiguration;
import org.planscore.ingest.ImportOutcome;
import org.planscore.ingest.InboxImporter;
import org.planscore.ingest.SampleSeeder;
import org.planscore.ops.InterruptedJobs;
import org.planscore.plan.Plan;
import org.planscore.plan.Plans;
import org.planscore.report.ReportRunner;
import org.planscore.support.Sha256;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One measurement, run in its own JVM by {@link BenchCommand} (so each gets a cold JIT, its own heap limit and its
 * own fresh H2 file database). Prints one line {@code BENCH key=value ...} on stdout; the parent reads it.
 */
final class BenchChild {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private final PrintStream out;

    BenchChild(PrintStream out) {
        this.out = out;
    }

    void run(String mode, Path input, Path work, List<String> springArgs, int files, int floorBatch)
            throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.put("maxHeapMB", HeapMeter.maxHeapBytes() >> 20);
        switch (mode) {
            case "csv-floor", "xlsx-floor" -> floor(mode, input, work, floorBatch, result);
            case "pipeline" -> pipeline(input, work, springArgs, result);
            case "idle" -> idle(work, springArgs, result);
            case "report" -> report(work, springArgs, result);
            case "inbox" -> inbox(input, work, springArgs, files, result);
            default -> throw new IllegalArgumentException("unknown bench mode " + mode);
        }
        StringBuilder line = new StringBuilder("BENCH");
        result.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        out.println(line);
    }

    private static void floor(String mode, Path input, Path work, int batch, Map<String, Object> result)
            throws Exception {
        String sha256 = Sha256.ofFile(input);
        result.put("batch", batch);
        try (FloorInsert insert = new FloorInsert(work.resolve("data"), sha256, batch)) {
            long rows;
            try (HeapMeter heap = new HeapMeter().start()) {
                Clock clock = Clock.start();
                rows = mode.equals("csv-floor") ? CsvFloor.load(input, insert) : XlsxFloor.load(input, insert);
                clock.stop(result);
                result.put("rows", rows);
                result.put("heapMB", heap.peakBytes() >> 20);
                result.put("gcMs", heap.gcMillisSinceStart());
            }
        }
    }

    /** The real import job, started through the JobOperator exactly as the inbox importer starts it. */
    private static void pipeline(Path input, Path work, List<String> springArgs, Map<String, Object> result)
            throws Exception {
        try (ConfigurableApplicationContext context = start(work, springArgs)) {
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean(ImportJobConfiguration.JOB_NAME + "Job", Job.class);
            String sha256 = Sha256.ofFile(input);
            try (HeapMeter heap = new HeapMeter().start()) {
                Clock clock = Clock.start();
                JobExecution execution = jobOperator.start(job,
                        ImportJobConfiguration.parameters(sha256, input, input.getFileName().toString()));
                clock.stop(result);
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new IllegalStateException("import " + execution.getStatus() + ": "
                            + execution.getAllFailureExceptions());
                }
                long written = 0;
                Duration steps = Duration.ZERO;
                for (StepExecution step : execution.getStepExecutions()) {
                    written += step.getWriteCount();
                    steps = steps.plus(Duration.between(step.getStartTime(), step.getEndTime()));
                }
                result.put("rows", written);
                result.put("jobSeconds", result.get("seconds"));
                result.put("seconds", steps.toNanos() / 1e9);
                result.put("heapMB", heap.peakBytes() >> 20);
                result.put("gcMs", heap.gcMillisSinceStart());
            }
        }
    }

    /** {@code run} twice on the packaged samples and plan; the second run finds nothing new. */
    private static void idle(Path work, List<String> springArgs, Map<String, Object> result) throws Exception {
        try (ConfigurableApplicationContext context = start(work, springArgs)) {
            result.put("startupSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            nightlyRun(context);
            long t0 = System.nanoTime();
            int imported = nightlyRun(context);
            long t1 = System.nanoTime();
            result.put("filesImported", imported);
            result.put("seconds", seconds(t1 - t0));
        }
    }

    /** A plan of 500 targets over 500 indicators with 11 years of figures each; times the report job alone. */
    private static void report(Path work, List<String> springArgs, Map<String, Object> result) throws Exception {
        int targets = 500;
        Files.createDirectories(work.resolve("plans"));
        Files.createDirectories(work.resolve("data/inbox"));
        BenchPlan.write(work.resolve("plans"), work.resolve("data/inbox"), targets);
        try (ConfigurableApplicationContext context = start(work, springArgs)) {
            context.getBean(InboxImporter.class).importAll();
            Plan plan = context.getBean(Plans.class).load(BenchPlan.ID).get(0);
            ReportRunner reports = context.getBean(ReportRunner.class);
            try (HeapMeter heap = new HeapMeter().start()) {
                long t0 = System.nanoTime();
                ReportRunner.Outcome outcome = reports.run(plan, AS_OF, "vi");
                long t1 = System.nanoTime();
                if (outcome != ReportRunner.Outcome.WRITTEN) {
                    throw new IllegalStateException("report " + outcome);
                }
                result.put("targets", plan.targets().size());
                result.put("seconds", seconds(t1 - t0));
                result.put("heapMB", heap.peakBytes() >> 20);
            }
        }
    }

    /** {@code files} copies of slices of the input dropped in the inbox, then one {@code importAll}. */
    private static void inbox(Path inputDir, Path work, List<String> springArgs, int files,
                              Map<String, Object> result) throws Exception {
        try (ConfigurableApplicationContext context = start(work, springArgs)) {
            Path inbox = work.resolve("data/inbox");
            List<Path> inputs = new ArrayList<>();
            try (var listing = Files.list(inputDir)) {
                listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(inputs::add);
            }
            for (Path input : inputs.subList(0, files)) {
                Files.copy(input, inbox.resolve(input.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            InboxImporter importer = context.getBean(InboxImporter.class);
            try (HeapMeter heap = new HeapMeter().start()) {
                long t0 = System.nanoTime();
                List<ImportOutcome> outcomes = importer.importAll();
                long t1 = System.nanoTime();
                long rows = outcomes.stream().mapToLong(ImportOutcome::rowsImported).sum();
                if (outcomes.stream().anyMatch(ImportOutcome::failed)) {
                    throw new IllegalStateException("an import failed: " + outcomes);
                }
                result.put("rows", rows);
                result.put("seconds", seconds(t1 - t0));
                result.put("heapMB", heap.peakBytes() >> 20);
            }
        }
    }

    private static int nightlyRun(ConfigurableApplicationContext context) throws IOException, Exception {
        context.getBean(InterruptedJobs.class).recover();
        context.getBean(SampleSeeder.class).seedIfEmpty();
        List<ImportOutcome> imports = context.getBean(InboxImporter.class).importAll();
        ReportRunner reports = context.getBean(ReportRunner.class);
        for (Plan plan : context.getBean(Plans.class).load(null)) {
            if (reports.run(plan, AS_OF, "vi") == ReportRunner.Outcome.FAILED) {
                throw new IllegalStateException("report of " + plan.id() + " failed");
            }
        }
        return imports.size();
    }

    private static ConfigurableApplicationContext start(Path work, List<String> springArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--planscore.home=" + work,
                "--planscore.data-dir=" + work.resolve("data"),
                "--planscore.reports-dir=" + work.resolve("reports"),
                "--planscore.plans-dir=" + work.resolve("plans"),
                "--logging.level.org.planscore=WARN"));
        args.addAll(springArgs);
        return new SpringApplication(PlanScoreApplication.class).run(args.toArray(String[]::new));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * Wall time, and the CPU time of the whole process (all threads: H2's writer, GC, JIT) over the same span. On a
     * machine shared with other work the CPU time is the steadier of the two.
     */
    private record Clock(long wall, long cpu) {

        static Clock start() {
            return new Clock(System.nanoTime(), processCpu());
        }

        void stop(Map<String, Object> result) {
            result.put("seconds", seconds(System.nanoTime() - wall));
            result.put("cpuSeconds", seconds(processCpu() - cpu));
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
