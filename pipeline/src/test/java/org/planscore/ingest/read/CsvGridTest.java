package org.planscore.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/** How a CSV file's first lines are sampled: line ends as a text editor sees them, and never more than the limit. */
class CsvGridTest {

    @TempDir
    Path dir;

    @Test
    void linesEndedByCarriageReturnsAloneAreSampledAsLines() throws IOException {
        // given a file from an old Mac export: ";" between fields, "\r" alone between lines
        Path file = write("mac.csv", "indicator;area;period;value;unit\r\rGRDP;Hải Phòng;2024;11,01;%\r"
                + "GRDP;Hải Phòng;2023;10,34;%\r");

        // when it is opened, then the separator is judged on those lines, and each line is a row
        assertThat(rows(file, ImportLimits.DEFAULTS)).containsExactly(
                List.of("indicator", "area", "period", "value", "unit"),
                List.of("GRDP", "Hải Phòng", "2024", "11,01", "%"),
                List.of("GRDP", "Hải Phòng", "2023", "10,34", "%"));
    }

    @Test
    void aLineOverTheLimitAmongTheFirstLinesIsRefusedNamingItsLine() throws IOException {
        // given a limit of 2 KB a line and a third line of 3,000 characters
        ImportLimits limits = withMaxLineBytes(2048);
        Path file = write("long.csv", "indicator,area,period,value,unit\r\nGRDP,HP,2024,1,%\r\n" + "x".repeat(3000)
                + "\r\nGRDP,HP,2023,2,%\r\n");

        // when it is opened, then it is refused as too long from line 3, in both languages
        assertThatThrownBy(() -> rows(file, limits)).isInstanceOf(FileRejectedException.class)
                .satisfies(e -> assertThat(((FileRejectedException) e).reason().en()).contains("line 3")
                        .contains("longer than 2 KB"))
                .satisfies(e -> assertThat(((FileRejectedException) e).reason().vi()).contains("dòng 3"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<List<String>> rows(Path file, ImportLimits limits) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Grid grid = TableSources.open(file, file.getFileName().toString(), limits)) {
            SheetRows sheet = grid.nextSheet();
            for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    private static ImportLimits withMaxLineBytes(int maxLineBytes) {
        ImportLimits d = ImportLimits.DEFAULTS;
        return new ImportLimits(d.maxFileBytes(), d.maxXlsBytes(), maxLineBytes, d.maxColumns(), d.maxCellChars(),
                d.maxSharedStringsBytes(), d.minInflateRatio(), d.maxEntryBytes(), d.maxRecordBytes());
    }
}
