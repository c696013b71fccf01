package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscore.store.Observation;

/**
 * Units written without brackets or in PX-Web's English, read where the bracketed Vietnamese form is read: fixtures
 * derived here from real files (src/test/resources/real) by changing only the words that carry the unit.
 */
class UnitsWithoutBracketsTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Dân số trung bình phân theo địa phương, Nghìn người, chia theo Tỉnh, thành phố và Năm' | thousand persons
            'Average population by province (Thous. pers.) by Cities, provincial and Year'           | thousand persons
            'Average population by province (Thousand persons) by Tỉnh, thành phố và Năm'           | thousand persons
            'Investment by province - Bill. VND - by Tỉnh, thành phố và Năm'                       | bn VND
            'Foreign direct investment by province, Mill. USD, by Tỉnh, thành phố và Năm'          | mn USD
            'Growth rate by province (%) by Tỉnh, thành phố và Năm'                                 | %
            """)
    void pxWebTitleGivesTheUnitOfATableNoProfileNames(String title, String unit) throws IOException {
        // The real PX-Web CSV (GRDP per capita, no unit anywhere), its title line replaced: a table the profile's
        // list does not name, so only the title can say the unit. Written back in UTF-8: Windows-1252 would turn
        // the title's "người" into "ng??i".
        List<String> lines = Files.readAllLines(Ingested.resource("real/gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv"), CP1252);
        lines.replaceAll(line -> line.replace("\0", "")); // the export's closing NUL, no longer at the end
        lines.set(0, "\"" + title + "\"");
        Path file = dir.resolve("pxweb_retitled.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);

        Ingested ingested = Ingested.read(file);
        List<Observation> found = ingested.find(pxCode(ingested), "Hải Phòng", "2018");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(104.42);
        assertThat(found.get(0).unit()).isEqualTo(unit);
    }

    @Test
    void unbracketedUnitsUnderTheirColumnsStayTheColumns() throws IOException {
        // gso_bieu_2019-06.xlsx, sheet "3,dxdp (2)": row 7 holds "(Nghìn ha)", "(Tạ/ha)", "(Nghìn tấn)" under area,
        // yield and output; written here without brackets, each is still its column's unit (RealIssuesTest: B16–D16).
        Path file = dir.resolve("gso_bieu_2019-06_unbracketed.xlsx");
        rewriteSharedStrings(Ingested.resource("real/gso_bieu_2019-06.xlsx"), file, List.of(
                ">(Nghìn ha)<", ">Nghìn ha<", ">(Tạ/ha)<", ">Tạ/ha<", ">(Nghìn tấn)<", ">Nghìn tấn<"));
        Ingested ingested = Ingested.read(file);

        assertThat(unitAt(ingested, "3,dxdp (2)", "B16")).isEqualTo("thousand ha");
        assertThat(unitAt(ingested, "3,dxdp (2)", "C16")).isEqualTo("quintal/ha");
        assertThat(unitAt(ingested, "3,dxdp (2)", "D16")).isEqualTo("thousand t");
    }

    private static String pxCode(Ingested ingested) {
        return ingested.observations().stream().map(Observation::indicator).filter(i -> i.startsWith("PX_"))
                .findFirst().orElseThrow();
    }

    private static String unitAt(Ingested ingested, String sheet, String cell) {
        for (int i = 0; i < ingested.observations().size(); i++) {
            SourceLocation at = ingested.locations().get(i);
            if (sheet.equals(String.valueOf(at.sheet()).strip()) && cell.equals(at.column())) {
                return ingested.observations().get(i).unit();
            }
        }
        throw new AssertionError("no figure from " + sheet + "!" + cell);
    }

    private static void rewriteSharedStrings(Path from, Path to, List<String> pairs) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    for (int i = 0; i < pairs.size(); i += 2) {
                        assertThat(xml).contains(pairs.get(i));
                        xml = xml.replace(pairs.get(i), pairs.get(i + 1));
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
