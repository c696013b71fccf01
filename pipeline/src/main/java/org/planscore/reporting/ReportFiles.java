package org.planscore.reporting;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where a report's files go: {@code <reports-dir>/<as-of>/<plan>-<as-of>-<lang>.pdf|.xlsx}. */
public record ReportFiles(Path pdf, Path xlsx) {

    public static ReportFiles of(Path reportsDir, String planId, LocalDate asOf, String lang) {
        Path folder = reportsDir.toAbsolutePath().normalize().resolve(asOf.toString());
        String stem = planId + "-" + asOf + "-" + lang;
        return new ReportFiles(folder.resolve(stem + ".pdf"), folder.resolve(stem + ".xlsx"));
    }
}
