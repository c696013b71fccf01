package org.planscore.cli;

import java.io.PrintStream;

import org.planscore.store.ImportedFile;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ReportRepository;
import org.springframework.stereotype.Component;

/** {@code history [--limit N]}: recent files, reports and deliveries, newest first. */
@Component
class HistoryCommand {

    private final ImportedFileRepository files;
    private final ReportRepository reports;

    HistoryCommand(ImportedFileRepository files, ReportRepository reports) {
        this.files = files;
        this.reports = reports;
    }

    ExitCode run(CommandLine line, PrintStream out) {
        line.allow("limit");
        int limit;
        try {
            limit = Integer.parseInt(line.option("limit", "20"));
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException("--limit takes a whole number");
        }
        out.println("Files / Tệp");
        for (ImportedFile f : files.recent(limit)) {
            out.printf("  %s  %-9s %6d imported %5d rejected  %s%s%n", f.claimedAt(), f.status(), f.rowsImported(),
                    f.rowsRejected(), f.fileName(), f.reason() == null ? "" : "  — " + firstLine(f.reason()));
        }
        out.println("Reports / Báo cáo");
        for (ReportRepository.Output r : reports.recentOutputs(limit)) {
            out.printf("  %s  %s as of %s (%s)  %s%n", r.writtenAt(), r.planId(), r.asOf(), r.lang(), r.pdfPath());
        }
        out.println("Deliveries / Gửi báo cáo");
        for (ReportRepository.Delivery d : reports.recentDeliveries(limit)) {
            out.printf("  %s  %s as of %s (%s)  %s → %s%n", d.deliveredAt(), d.planId(), d.asOf(), d.lang(),
                    d.channel(), d.channel().equals("SMTP") ? d.recipients() : d.location());
        }
        return ExitCode.OK;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
