package org.planscore.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * Looks at an .xlsx file's parts in its zip directory before POI opens it: the shared-strings table, which
 * {@link XlsxGrid} holds whole in memory, and every part, are refused when their stated size is over the limit.
 * (A part that lies about its size is still stopped while inflating by POI's guards, set from the same limits.)
 */
final class WorkbookParts {

    private WorkbookParts() {
    }

    static void check(Path file, String displayName, ImportLimits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String otherKind = otherKind(zip);
            if (otherKind != null) {
                throw new FileRejectedException(Bilingual.of("file.otherZip", displayName, otherKind));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("sharedstrings.xml") && size > limits.maxSharedStringsBytes()) {
                    throw new FileRejectedException(Bilingual.of("file.sharedStrings", displayName, kilobytes(size),
                            kilobytes(limits.maxSharedStringsBytes())));
                }
                if (size > limits.maxEntryBytes()) {
                    throw new FileRejectedException(Bilingual.of("file.tooLarge", displayName, size >> 20,
                            limits.maxEntryBytes() >> 20));
                }
            }
        }
    }

    /**
     * What a zip file that is no .xlsx workbook is, so the analyst learns how to save it again: LibreOffice's
     * OpenDocument, Excel's binary workbook, a Word document, or any other zip; null for an .xlsx (or .xlsm).
     */
    private static String otherKind(ZipFile zip) {
        if (zip.getEntry("xl/workbook.bin") != null) {
            return "Excel Binary (.xlsb)";
        }
        if (zip.getEntry("word/document.xml") != null) {
            return "Word (.docx)";
        }
        if (zip.getEntry("[Content_Types].xml") != null) {
            return null;   // an Office Open XML package: POI tells a workbook from the rest
        }
        if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
            return "OpenDocument (.ods)";
        }
        return "ZIP";
    }

    /** Rounded up, so a table just over a limit below 1 MB is not told as "0 MB, more than the 0 MB limit". */
    private static long kilobytes(long bytes) {
        return (bytes + 1023) >> 10;
    }
}
