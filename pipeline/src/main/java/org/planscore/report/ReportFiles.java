package org.planscore.report;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where a report's files go: {@code <reports-dir>/<as-of>/<plan>-<as-of>-<lang>.pdf|.xlsx}. */
public record ReportFiles(Path pdf, Path xlsx) {

    public static ReportFiles of(Path reportsDir, String planId, LocalDate asOf, String lang) {
        Path folder = reportsDir.toAbsolutePath().normalize().resolve(asOf.toString());
        String stem = planId + "-" + asOf + "-" + lang;
        return new ReportFiles(folder.resolve(stem + ".pdf"), folder.resolve(stem + ".xlsx"));
    }

    /** The email's subject headline and bodies, rendered with the PDF: {@code <plan>-<as-of>-<lang>-email.xml}. */
    public Path emailBodies() {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + "-email.xml");
    }

    /** Page 1 of the PDF as a PNG beside it: {@code <plan>-<as-of>-<lang>-page1.png}. */
    public Path page1Png() {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + "-page1.png");
    }
}
