package org.planscore.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Limits that keep a hostile or broken file from exhausting the importer (it runs in -Xmx256m): POI's zip-bomb guard
 * stays on with these settings, and text files with absurd lines are refused before parsing. Set under
 * {@code planscore.import.limits.*}.
 *
 * @param maxFileBytes    larger files are refused
 * @param maxXlsBytes     .xls files are read whole by POI: larger ones are refused
 * @param maxLineBytes    a CSV line longer than this is refused (a 50 MB line would need 100 MB of heap as text)
 * @param minInflateRatio POI zip-bomb guard: smallest compressed/uncompressed ratio of an .xlsx part
 * @param maxEntryBytes   POI zip-bomb guard: largest uncompressed .xlsx part
 * @param maxRecordBytes  POI: largest single record/array POI may allocate
 */
public record ImportLimits(long maxFileBytes, long maxXlsBytes, int maxLineBytes, double minInflateRatio,
                           long maxEntryBytes, int maxRecordBytes) {

    public static final ImportLimits DEFAULTS = new ImportLimits(200L << 20, 40L << 20, 1 << 20, 0.01, 1L << 30,
            100 << 20);

    /** Sets POI's process-wide guards to these limits. */
    public void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        IOUtils.setByteArrayMaxOverride(maxRecordBytes);
    }
}
