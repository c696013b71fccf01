package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.profile.Profiles;
import org.planscore.ingest.text.Tcvn3Text;
import org.planscore.store.Observation;

/**
 * A Ministry of Finance disclosure with a TCVN3 sheet beside its Unicode copy. None of the real disclosures has one
 * (the real-data README: TCVN3 fonts are listed, no text uses them), so the workbook is built here from the real
 * 2017 estimates (src/test/resources/real/mof_ckns_dutoan_2017_provinces.xls): its per-province sheet M09 is cloned
 * after itself, every text of the clone written in TCVN3 (the project's decoder table read in reverse), numbers
 * untouched. The figures must come out once, exactly as from the real file, and the note must say why the copy was
 * skipped.
 */
class LegacyCopySheetTest {

    private static final String COPY = "M09 TCVN3";

    @TempDir
    static Path dir;

    private static Path twin;

    @BeforeAll
    static void buildTheWorkbook() throws IOException {
        twin = dir.resolve("mof_ckns_dutoan_2017_with_tcvn3_copy.xls");
        try (InputStream in = Files.newInputStream(Ingested.resource("real/mof_ckns_dutoan_2017_provinces.xls"));
             HSSFWorkbook wb = new HSSFWorkbook(in)) {
            int m09 = wb.getSheetIndex("M09");
            Sheet clone = wb.cloneSheet(m09);
            wb.setSheetName(wb.getSheetIndex(clone), COPY);
            wb.setSheetOrder(COPY, m09 + 1);
            for (Row row : clone) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cell.setCellValue(tcvn3(cell.getStringCellValue()));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(twin)) {
                wb.write(out);
            }
        }
    }

    @Test
    void theCopyIsReallyInTcvn3AndDecodesToTheOriginal() throws IOException {
        try (InputStream in = Files.newInputStream(twin); HSSFWorkbook wb = new HSSFWorkbook(in)) {
            String original = wb.getSheet("M09").getRow(30).getCell(1).getStringCellValue();
            String legacy = wb.getSheet(COPY).getRow(30).getCell(1).getStringCellValue();
            assertThat(original.strip()).isEqualTo("HẢI PHÒNG");
            assertThat(legacy).isNotEqualTo(original).contains("\u00B6"); // ¶ = ả
            assertThat(Tcvn3Text.looksLikeTcvn3(legacy)).isTrue();
            assertThat(Tcvn3Text.toUnicode(legacy).toUpperCase(Locale.ROOT)).isEqualTo(original);
        }
    }

    @Test
    void theFiguresAreStoredOnceAsFromTheRealFile() {
        Ingested real = Ingested.read(Ingested.resource("real/mof_ckns_dutoan_2017_provinces.xls"));
        Ingested withCopy = Ingested.read(twin);

        assertThat(withCopy.observations()).hasSameSizeAs(real.observations());
        assertThat(keys(withCopy)).containsExactlyElementsOf(keys(real));
        List<Observation> revenue = withCopy.find("BUDGET_REV_TOTAL", "Hải Phòng", "2017");
        assertThat(revenue).hasSize(1);
        assertThat(revenue.get(0).value()).isEqualTo(69523); // C31 69523000 million VND, the real-data README
        assertThat(withCopy.locationOf(revenue.get(0)).sheet()).isEqualTo("M09");
    }

    @Test
    void theNoteSaysTheCopyWasSkippedAndWhy() throws IOException {
        FileReading reading = FileReading.survey(twin, twin.getFileName().toString(), "0".repeat(64),
                Profiles.packaged(), Set.of("Hải Phòng"), ImportLimits.DEFAULTS);

        assertThat(reading.sheetLines()).anySatisfy(line -> assertThat(line)
                .startsWith("'" + COPY + "': bỏ qua, cùng số liệu với trang 'M09'")
                .contains("skipped, the same figures as sheet 'M09' (a copy in the legacy TCVN3 encoding), stored once"));
        assertThat(reading.summary()).contains("1 a copy of another sheet");
    }

    private static List<String> keys(Ingested ingested) {
        return ingested.observations().stream().map(o -> o.indicator() + "|" + o.area() + "|" + o.period() + "|"
                + o.vintage() + "|" + o.value() + "|" + o.unit()).toList();
    }

    /** Unicode to TCVN3: the decoder's table read backwards; capitals with a mark take the lower-case code, as the
     *  capital fonts (.VnTimeH) draw them. */
    private static String tcvn3(String unicode) {
        Map<Character, Character> back = new HashMap<>();
        for (char b = 0xA1; b <= 0xFF; b++) {
            String letter = Tcvn3Text.toUnicode(String.valueOf(b));
            if (letter.length() == 1) {
                back.putIfAbsent(letter.charAt(0), b);
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Character code = back.get(c);
            if (code == null && c > 0x7F) {
                code = back.get(Character.toLowerCase(c));
            }
            out.append(code != null ? code : c);
        }
        return out.toString();
    }
}
