package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.RejectedRowRepository.RejectedRow;

/** The errors file is for people, opened in a spreadsheet program: nothing in it may run as a formula. */
class FileShelfTest {

    @TempDir
    Path root;

    @Test
    void formulaLikeTextInAnErrorsFileIsNeutralised() throws Exception {
        // given a bad row whose raw text and cell start like formulas (=, +, -, @, tab, CR)
        DataFolders folders = DataFolders.under(root).create();
        Path file = Files.writeString(folders.rejected().resolve("x.csv"), "whatever");
        List<RejectedRow> rows = List.of(
                new RejectedRow(2, "=HYPERLINK(\"http://evil\")", "=1+1,Hải Phòng", "+thông báo", "-message"),
                new RejectedRow(3, "@SUM(A1)", "\tTAB", "\rCR", "plain"));

        // when the errors file is written
        Path errors = new FileShelf(folders).writeErrors(file, rows);

        // then every such cell (row, cell, loi, error, raw_row) starts with a quote, and plain text is as it was
        String text = Files.readString(errors, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
        assertThat(records.get(1).values()).containsExactly("2", "'=HYPERLINK(\"http://evil\")", "'+thông báo",
                "'-message", "'=1+1,Hải Phòng");
        assertThat(records.get(2).values()).containsExactly("3", "'@SUM(A1)", "'\rCR", "plain", "'\tTAB");
    }
}
