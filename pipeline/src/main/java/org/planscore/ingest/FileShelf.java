package org.planscore.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.RejectedRowRepository.RejectedRow;
import org.planscore.support.AtomicFileWrite;

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

    /**
     * Moves the file (or link, or FIFO: whatever the entry is, never followed) to the rejected folder and writes the
     * reason beside it, in Vietnamese then English.
     */
    public Path reject(Path file, Bilingual reason) throws IOException {
        Path kept = FileMoves.moveInto(file, folders.rejected());
        writeDerived(kept.resolveSibling(kept.getFileName() + ".reason.txt"), reasonText(reason));
        return kept;
    }

    /**
     * Explains, in rejected/, why an inbox file could not be claimed (it stays in the inbox).
     *
     * @return false when the explanation was already there (it is written once, not every poll)
     */
    public boolean explainUnclaimable(Path file, Bilingual reason) throws IOException {
        return AtomicFileWrite.writeNew(folders.rejected().resolve(file.getFileName() + ".reason.txt"),
                out -> out.write(reasonText(reason).getBytes(StandardCharsets.UTF_8)));
    }

    /** Lists bad rows beside the file; UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. */
    public Path writeErrors(Path file, List<RejectedRow> rows) throws IOException {
        Path errors = file.resolveSibling(file.getFileName() + ".errors.csv");
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            text.append('\uFEFF');
            csv.printRecord("row", "cell", "loi", "error", "raw_row");
            for (RejectedRow row : rows) {
                csv.printRecord(row.row(), inert(row.location()), inert(row.messageVi()), inert(row.messageEn()),
                        inert(row.rawText()));
            }
        }
        writeDerived(errors, text.toString());
        return errors;
    }

    private static String reasonText(Bilingual reason) {
        Bilingual header = Bilingual.of("reason.header");
        Bilingual footer = Bilingual.of("reason.footer");
        return String.join(System.lineSeparator(),
                header.vi(), reason.vi(), footer.vi(), "", header.en(), reason.en(), footer.en(), "");
    }

    /**
     * A file PlanScore writes beside a file someone dropped: created new, never through a link of that name (which
     * the dropper could have planted to make PlanScore overwrite another file). A name already taken gets a number.
     */
    private static void writeDerived(Path path, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path candidate = path;
        for (int n = 2; !AtomicFileWrite.writeNew(candidate, out -> out.write(bytes)); n++) {
            candidate = path.resolveSibling(path.getFileName() + "." + n);
        }
    }

    /** Text that a spreadsheet would take for a formula is quoted, so opening the list runs nothing. */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
