package org.planscore.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * One pass over a CSV file's bytes, as Commons CSV will split it (a quote opens a quoted field only at the start of
 * a field; {@code ""} inside quotes is a quote), before any record is parsed: a record longer than the line limit
 * (line breaks inside quotes count, they must not bypass it), a record with more fields than the column limit, or a
 * quote never closed is refused here, naming its line, instead of being built in memory first. Works on bytes: the
 * quote, the delimiters and the line feed are single bytes in UTF-8 and in the windows code pages alike.
 */
final class CsvRecordScan {

    private CsvRecordScan() {
    }

    static void check(Path file, String displayName, char delimiter, ImportLimits limits) throws IOException {
        long line = 1;
        long recordLine = 1;
        long quoteLine = 0;
        long recordBytes = 0;
        long fields = 1;
        boolean fieldStart = true;
        boolean quoted = false;
        boolean quoteInQuoted = false;   // a quote seen inside quotes: the field's end, or the first of ""
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i];
                    if (b == '\n') {
                        line++;
                    }
                    if (++recordBytes > limits.maxLineBytes()) {
                        throw new FileRejectedException(Bilingual.of("file.longRecord", displayName, recordLine,
                                limits.maxLineBytes() >> 10));
                    }
                    if (quoted) {
                        if (quoteInQuoted) {
                            quoteInQuoted = false;
                            if (b == '"') {
                                continue;            // "" inside quotes: one quote, still quoted
                            }
                            quoted = false;          // the closing quote: this byte is read as outside quotes
                        } else {
                            if (b == '"') {
                                quoteInQuoted = true;
                            }
                            continue;
                        }
                    }
                    if (b == '\n') {
                        recordBytes = 0;
                        fields = 1;
                        fieldStart = true;
                        recordLine = line;
                    } else if (b == delimiter) {
                        if (++fields > limits.maxColumns()) {
                            throw new FileRejectedException(Bilingual.of("file.tooManyColumns", displayName, fields,
                                    "line " + recordLine + " / dòng " + recordLine, limits.maxColumns()));
                        }
                        fieldStart = true;
                    } else if (b == '"' && fieldStart) {
                        quoted = true;
                        quoteLine = line;
                        fieldStart = false;
                    } else if (b != '\r') {
                        fieldStart = false;
                    }
                }
            }
        }
        if (quoted && !quoteInQuoted) {
            throw new FileRejectedException(Bilingual.of("file.unclosedQuote", displayName, quoteLine));
        }
    }
}
