package org.planscore.ops;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.planscore.ingest.ImportOutcome;
import org.planscore.ingest.InboxImporter;
import org.planscore.ingest.SampleSeeder;
import org.planscore.plan.Plan;
import org.planscore.report.ReportParameters;
import org.planscore.report.ReportRunner;
import org.planscore.store.DeliveryRecordRepository;
import org.planscore.store.ImportedFile;
import org.planscore.store.RunLogRepository;
import org.planscore.support.HostName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The nightly job, as {@code run} and {@code serve}'s schedule both run it, under the run lock: recover executions a
 * killed process left running, seed an empty database, import the inbox, write and deliver every plan's report,
 * retry deliveries left pending by earlier runs, apply the retention period. Each run is logged in {@code run_log}.
 */
@Service
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final RunLock lock;
    private final StopSignal stopSignal;
    private final InterruptedJobs interruptedJobs;
    private final SampleSeeder seeder;
    private final InboxImporter importer;
    private final ReportRunner reports;
    private final DeliveryRecordRepository deliveries;
    private final RunLogRepository runLog;
    private final Retention retention;

    public NightlyRun(RunLock lock, StopSignal stopSignal, InterruptedJobs interruptedJobs, SampleSeeder seeder,
                      InboxImporter importer, ReportRunner reports, DeliveryRecordRepository deliveries,
                      RunLogRepository runLog, Retention retention) {
        this.lock = lock;
        this.stopSignal = stopSignal;
        this.interruptedJobs = interruptedJobs;
        this.seeder = seeder;
        this.importer = importer;
        this.reports = reports;
        this.deliveries = deliveries;
        this.runLog = runLog;
        this.retention = retention;
    }

    /** The whole nightly job. */
    public Result run(String command, List<Plan> plans, LocalDate asOf, List<String> langs, Predicate<Path> ready)
            throws Exception {
        return underLock(command, () -> {
            Instant started = Instant.now();
            List<ImportOutcome> imports = importAll(ready);
            List<ReportLine> lines = new ArrayList<>();
            for (Plan plan : plans) {
                for (String lang : langs) {
                    if (stopSignal.requested()) {
                        break;
                    }
                    lines.add(new ReportLine(plan.id() + " as of " + asOf + " (" + lang + ")",
                            reports.run(plan, asOf, lang)));
                }
            }
            for (DeliveryRecordRepository.Report pending : deliveries.reportsWithPending(started)) {
                if (stopSignal.requested()) {
                    break;
                }
                ReportParameters p = new ReportParameters(pending.planId(), pending.asOf(), pending.lang(),
                        pending.dataVersion());
                lines.add(new ReportLine(p.planId() + " as of " + p.asOf() + " (" + p.lang() + "), pending delivery",
                        resume(p)));
            }
            if (!stopSignal.requested()) {
                retention.apply();
            }
            return new Result(imports, lines, deliveries.countPending(), null, stopSignal.requested());
        });
    }

    /** Only the inbox: what {@code serve} does when a file has settled. */
    public Result importOnly(String command, Predicate<Path> ready) throws Exception {
        return underLock(command, () -> new Result(importAll(ready), List.of(), deliveries.countPending(), null,
                stopSignal.requested()));
    }

    private List<ImportOutcome> importAll(Predicate<Path> ready) throws Exception {
        interruptedJobs.recover();
        seeder.seedIfEmpty();
        return importer.importAll(ready);
    }

    private ReportRunner.Outcome resume(ReportParameters p) {
        try {
            return reports.resumeDelivery(p);
        } catch (Exception e) {
            log.error("Report {} as of {} ({}): pending delivery could not be retried: {}", p.planId(), p.asOf(),
                    p.lang(), e.toString());
            return ReportRunner.Outcome.FAILED;
        }
    }

    private Result underLock(String command, Work work) throws Exception {
        RunLock.Attempt attempt = lock.tryAcquire(command);
        if (!attempt.acquired()) {
            return Result.blocked(attempt.holder() == null ? "another run (it has just finished)"
                    : RunLock.describe(attempt.holder()));
        }
        try (RunLock.Lease lease = attempt.lease()) {
            long runId = runLog.start(command, localHost(), ProcessHandle.current().pid());
            long started = System.nanoTime();
            Result result = null;
            try {
                result = work.run();
                return result;
            } finally {
                String status = result == null ? "ERROR" : result.stopped() ? "STOPPED" : result.failed() ? "FAILED" : "OK";
                runLog.finish(runId, status, result == null ? new RunLogRepository.Counts(0, 0, 0, 0, 0, 0)
                        : result.counts());
                log.info("{} finished: {} in {} s", command, status, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }

    private static String localHost() {
        return HostName.local();
    }

    @FunctionalInterface
    private interface Work {
        Result run() throws Exception;
    }

    /** One report of the run and what became of it. */
    public record ReportLine(String what, ReportRunner.Outcome outcome) {
    }

    /**
     * What a run did; {@code blockedBy} names the run lock's holder when this run could not start.
     */
    public record Result(List<ImportOutcome> imports, List<ReportLine> reports, int deliveriesPending,
                         String blockedBy, boolean stopped) {

        static Result blocked(String holder) {
            return new Result(List.of(), List.of(), 0, holder, false);
        }

        public boolean blocked() {
            return blockedBy != null;
        }

        public boolean failed() {
            return stopped || imports.stream().anyMatch(ImportOutcome::failed)
                    || reports.stream().anyMatch(r -> r.outcome().failed());
        }

        RunLogRepository.Counts counts() {
            return new RunLogRepository.Counts(
                    count(ImportedFile.Status.IMPORTED), count(ImportedFile.Status.REJECTED),
                    count(ImportedFile.Status.FAILED),
                    (int) reports.stream().filter(r -> r.outcome() == ReportRunner.Outcome.WRITTEN
                            || r.outcome() == ReportRunner.Outcome.DELIVERY_PENDING).count(),
                    (int) reports.stream().filter(r -> r.outcome() == ReportRunner.Outcome.WRITTEN).count(),
                    deliveriesPending);
        }

        private int count(ImportedFile.Status status) {
            return (int) imports.stream().filter(o -> o.status() == status).count();
        }
    }
}
