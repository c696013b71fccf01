package org.planscore.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * Opens an input file as a {@link Grid}, choosing the reader by the file's content, not its name (an .xlsx renamed
 * .csv is still read as a workbook). Refuses, with a reason for the analyst, what cannot be read safely: empty,
 * encrypted, truncated or corrupt workbooks, binary files, and text with absurdly long lines.
 */
public final class TableSources {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableSources() {
    }

    /** POI's process-wide guards must have been set from {@code limits} ({@link ImportLimits#applyToPoi}). */
    public static Grid open(Path file, String displayName, ImportLimits limits) {
        try {
            long size = Files.size(file);
            byte[] head = readHead(file, 64 * 1024);
            if (size == 0 || isAllBlank(head, size)) {
                throw new FileRejectedException(Bilingual.of("file.empty", displayName));
            }
            if (size > limits.maxFileBytes()) {
                throw new FileRejectedException(Bilingual.of("file.tooLarge", displayName, size >> 20,
                        limits.maxFileBytes() >> 20));
            }
            if (startsWith(head, ZIP_MAGIC)) {
                WorkbookParts.check(file, displayName, limits);
                return XlsxGrid.open(file, displayName, limits);
            }
            if (startsWith(head, OLE2_MAGIC)) {
                if (size > limits.maxXlsBytes()) {
                    throw new FileRejectedException(Bilingual.of("file.tooLarge", displayName, size >> 20,
                            limits.maxXlsBytes() >> 20));
                }
                Workbook workbook = WorkbookFactory.create(file.toFile(), null, true);
                return new WorkbookGrid(workbook, displayName, limits);
            }
            if (looksUtf16(head)) {
                throw new FileRejectedException(Bilingual.of("file.utf16", displayName));
            }
            if (looksBinary(head, size)) {
                throw new FileRejectedException(Bilingual.of("file.binary", displayName));
            }
            return new CsvGrid(file, displayName, limits);
        } catch (FileRejectedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FileRejectedException(Bilingual.of("file.encrypted", displayName), e);
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.toLowerCase(Locale.ROOT).contains("password") || why.contains("EncryptionInfo")) {
                throw new FileRejectedException(Bilingual.of("file.encrypted", displayName), e);
            }
            throw new FileRejectedException(Bilingual.of("file.unreadable", displayName,
                    why.length() > 300 ? why.substring(0, 300) + "…" : why), e);
        }
    }

    private static byte[] readHead(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * UTF-16 text, with its byte order mark or without: a NUL beside nearly every character of the first line, as
     * Excel's "Unicode Text" writes it. Told apart from binary so that the analyst learns how to save it again.
     */
    static boolean looksUtf16(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int units = Math.min(head.length / 2, 64);
        int nulsLow = 0;
        int nulsHigh = 0;
        for (int i = 0; i < units; i++) {
            nulsHigh += head[2 * i + 1] == 0 && head[2 * i] != 0 ? 1 : 0;
            nulsLow += head[2 * i] == 0 && head[2 * i + 1] != 0 ? 1 : 0;
        }
        return units >= 8 && Math.max(nulsLow, nulsHigh) >= units * 9 / 10;
    }

    /** Only spaces, line ends, BOM and NULs. */
    private static boolean isAllBlank(byte[] head, long size) {
        if (size > head.length) {
            return false;
        }
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Control bytes other than tab and line ends, or NULs before the trailing ones some exporters append. */
    private static boolean looksBinary(byte[] head, long size) {
        int end = head.length;
        if (size == head.length) {
            while (end > 0 && head[end - 1] == 0) {
                end--;
            }
        }
        int control = 0;
        for (int i = 0; i < end; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A) {
                control++;
            }
        }
        return end > 0 && control * 100 > end;
    }
}
