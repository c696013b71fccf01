package org.planscore.inbox;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.planscore.i18n.Bilingual;
import org.planscore.store.RejectedRowRepository.RejectedRow;

/**
 * Where processed files end up: {@code archive/<date>/} when imported, {@code rejected/} with a
 * {@code <file>.reason.txt} when not; a file's bad rows are listed beside it in {@code <file>.errors.csv}.
 */
public final class FileShelf {

    private final DataFolders folders;

    public FileShelf(DataFolders folders) {
        this.folders = folders;
    }

    public Path archive(Path file) throws IOException {
        return FileMoves.moveInto(file, folders.archive().resolve(LocalDate.now().toString()));
    }

    /** Moves the file to the rejected folder and writes the reason beside it, in Vietnamese then English. */
    public Path reject(Path file, Bilingual reason) throws IOException {
        Path kept = FileMoves.moveInto(file, folders.rejected());
        Bilingual header = Bilingual.of("reason.header");
        Bilingual footer = Bilingual.of("reason.footer");
        String text = String.join(System.lineSeparator(),
                header.vi(), reason.vi(), footer.vi(), "", header.en(), reason.en(), footer.en(), "");
        writeText(kept.resolveSibling(kept.getFileName() + ".reason.txt"), text);
        return kept;
    }

    /** Lists bad rows beside the file; UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. */
    public Path writeErrors(Path file, List<RejectedRow> rows) throws IOException {
        Path errors = file.resolveSibling(file.getFileName() + ".errors.csv");
        try (BufferedWriter out = Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write('\uFEFF');
            csv.printRecord("row", "cell", "loi", "error", "raw_row");
            for (RejectedRow row : rows) {
                csv.printRecord(row.row(), row.location(), row.messageVi(), row.messageEn(), inert(row.rawText()));
            }
        }
        return errors;
    }

    /** Text that a spreadsheet would take for a formula is quoted, so opening the list runs nothing. */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void writeText(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
