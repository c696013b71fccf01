package org.planscore.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep a hostile or broken file from exhausting the importer (it runs in -Xmx256m), each checked before
 * the memory it guards is taken. Set under {@code planscore.import.limits.*}; {@code run}, {@code serve} and
 * {@code validate} use the same bound instance, and POI's process-wide guards are set from it once at start-up
 * ({@link #applyToPoi}). The defaults here are the only ones: application.yml does not repeat them.
 *
 * @param maxFileBytes          larger files are refused, before they are read (or hashed)
 * @param maxXlsBytes           .xls files are read whole by POI: larger ones are refused
 * @param maxLineBytes          a CSV record longer than this is refused, counting line breaks inside quotes
 * @param maxColumns            a row reaching past this column is refused (Excel's own limit: 16,384, XFD)
 * @param maxCellChars          a cell longer than this is refused (Excel's own limit: 32,767 characters)
 * @param maxSharedStringsBytes an .xlsx whose shared-strings table (held in memory while reading) is larger is refused
 * @param minInflateRatio       POI zip-bomb guard: smallest compressed/uncompressed ratio of an .xlsx part
 * @param maxEntryBytes         POI zip-bomb guard: largest uncompressed .xlsx part
 * @param maxRecordBytes        POI: largest single record/array POI may allocate
 */
@ConfigurationProperties("planscore.import.limits")
public record ImportLimits(@DefaultValue("209715200") long maxFileBytes,
                           @DefaultValue("41943040") long maxXlsBytes,
                           @DefaultValue("1048576") int maxLineBytes,
                           @DefaultValue("16384") int maxColumns,
                           @DefaultValue("32767") int maxCellChars,
                           @DefaultValue("67108864") long maxSharedStringsBytes,
                           @DefaultValue("0.01") double minInflateRatio,
                           @DefaultValue("1073741824") long maxEntryBytes,
                           @DefaultValue("104857600") int maxRecordBytes) {

    /** The same values as the {@code @DefaultValue}s above (a test checks they agree), for code run without Spring. */
    public static final ImportLimits DEFAULTS = new ImportLimits(200L << 20, 40L << 20, 1 << 20, 16_384, 32_767,
            64L << 20, 0.01, 1L << 30, 100 << 20);

    /** Sets POI's process-wide guards to these limits. */
    public void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        IOUtils.setByteArrayMaxOverride(maxRecordBytes);
    }
}
