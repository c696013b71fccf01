package org.planscore.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import org.planscore.store.DeliveryRecordRepository;
import org.planscore.store.ImportedFile;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ReportRepository;
import org.planscore.store.RunLogRepository;
import org.springframework.stereotype.Component;

/** {@code history [--limit N]}: recent runs, files, reports and deliveries (per recipient), newest first. */
@Component
class HistoryCommand {

    private final RunLogRepository runs;
    private final ImportedFileRepository files;
    private final ReportRepository reports;
    private final DeliveryRecordRepository deliveries;

    HistoryCommand(RunLogRepository runs, ImportedFileRepository files, ReportRepository reports,
                   DeliveryRecordRepository deliveries) {
        this.runs = runs;
        this.files = files;
        this.reports = reports;
        this.deliveries = deliveries;
    }

    ExitCode run(CommandDefinitions.History options, PrintStream out) {
        int limit = options.limit;
        out.println("Runs / Lần chạy");
        for (RunLogRepository.Run r : runs.recent(limit)) {
            RunLogRepository.Counts c = r.counts();
            out.printf("  %s  %-8s %-7s %s  files: %d imported, %d rejected, %d failed  reports: %d written, "
                            + "%d delivered, %d deliveries pending  (pid %d on %s)%n",
                    r.startedAt(), duration(r.startedAt(), r.finishedAt()),
                    r.exitStatus() == null ? "RUNNING" : r.exitStatus(), r.command(), c.filesImported(),
                    c.filesRejected(), c.filesFailed(), c.reportsWritten(), c.reportsSent(), c.deliveriesPending(),
                    r.pid(), r.host());
        }
        out.println("Files / Tệp");
        for (ImportedFile f : files.recent(limit)) {
            out.printf("  %s  %-8s %-9s %6d imported %5d rejected  %s%s%n", f.claimedAt(),
                    duration(f.claimedAt(), f.finishedAt()), f.status(), f.rowsImported(), f.rowsRejected(),
                    f.fileName(), f.reason() == null ? "" : "  — " + firstLine(f.reason()));
        }
        out.println("Reports / Báo cáo");
        for (ReportRepository.Output r : reports.recentOutputs(limit)) {
            out.printf("  %s  %s as of %s (%s)  %s%n", r.writtenAt(), r.planId(), r.asOf(), r.lang(), r.pdfPath());
        }
        out.println("Deliveries / Gửi báo cáo");
        for (DeliveryRecordRepository.Record d : deliveries.recent(limit)) {
            out.printf("  %s  %-10s %s as of %s (%s)  %s → %s  (%d attempt%s)%s%n",
                    d.sentAt() == null ? d.createdAt() : d.sentAt(), d.status(), d.planId(), d.asOf(), d.lang(),
                    d.channel(), d.recipient(), d.attempts(), d.attempts() == 1 ? "" : "s",
                    d.lastError() == null || d.status() == DeliveryRecordRepository.Status.SENT ? ""
                            : "  — " + firstLine(d.lastError()));
        }
        return ExitCode.OK;
    }

    private static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration d = Duration.between(start, end);
        return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "." + d.toMillisPart() / 100 + "s";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
