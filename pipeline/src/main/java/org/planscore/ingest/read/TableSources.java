package org.planscore.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;

import com.github.pjfanning.xlsx.StreamingReader;

/** Opens an input file as a table, choosing the reader by the file's content, not only its name. */
public final class TableSources {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableSources() {
    }

    /**
     * @param file        the file on disk
     * @param displayName the name the analyst knows it by (as dropped in the inbox)
     * @param isHeader    recognises the header row of a spreadsheet table (CSV: the first non-blank row is the header)
     * @throws FileRejectedException when the file cannot be read as a table at all
     */
    public static TableSource open(Path file, String displayName, Predicate<List<String>> isHeader) {
        try {
            byte[] head = readHead(file);
            if (head.length == 0) {
                throw new FileRejectedException(Bilingual.of("file.empty", displayName));
            }
            if (startsWith(head, ZIP_MAGIC)) {
                Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile());
                return new WorkbookTableSource(workbook, displayName, isHeader);
            }
            if (startsWith(head, OLE2_MAGIC)) {
                Workbook workbook = WorkbookFactory.create(file.toFile(), null, true);
                return new WorkbookTableSource(workbook, displayName, isHeader);
            }
            return new CsvTableSource(file, displayName);
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(Bilingual.of("file.unreadable", displayName, String.valueOf(e.getMessage())), e);
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
