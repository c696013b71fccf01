package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that must be refused with a clear reason, never crash the importer or exhaust its memory (the build runs the
 * tests in a small heap; -Xmx256m in production). Each case asserts the reason the analyst reads.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        assertRejected(Files.write(dir.resolve("empty.csv"), new byte[0]), "is empty");
    }

    @Test
    void encryptedWorkbook() throws Exception {
        Path plain = Fixtures.workbook(dir.resolve("plain.xlsx"), "Data", Fixtures.row("indicator", "area", "period",
                "value", "unit"), Fixtures.row("X", "Hải Phòng", "2024", 1.0, "%"));
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRejected(encrypted, "password-protected");
    }

    @Test
    void truncatedWorkbook() throws IOException {
        Path real = Ingested.resource("real/nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx");
        byte[] bytes = Files.readAllBytes(real);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(truncated, "cannot be read");
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[50_000];
        new Random(42).nextBytes(junk);
        assertRejected(Files.write(dir.resolve("data.csv"), junk), "binary");
    }

    @Test
    void unicodeTextFromExcelIsToldApartFromBinaryAndSaysHowToSaveItAgain() throws IOException {
        String table = "indicator\tarea\tperiod\tvalue\tunit\r\nGRDP_GROWTH\tHải Phòng\t2024\t11.01\t%\r\n";
        byte[] withBom = ("\uFEFF" + table).getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = table.getBytes(StandardCharsets.UTF_16BE);
        assertRejected(Files.write(dir.resolve("unicode.txt"), withBom), "UTF-16");
        assertRejected(Files.write(dir.resolve("unicode-be.csv"), bigEndian), "CSV UTF-8");
    }

    @Test
    void aZipThatIsNoXlsxWorkbookSaysWhatItIs() throws IOException {
        assertRejected(zip("calc.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                "<office:document-content/>"), "OpenDocument (.ods)");
        assertRejected(zip("binary.xlsb", "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "x"), ".xlsb");
        assertRejected(zip("figures.zip", "figures.csv", "indicator,area,period,value,unit\n"), "of type ZIP");
    }

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void fiftyMegabyteLine() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("indicator,area,period,value,unit\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                raf.write(chunk);
            }
        }
        assertRejected(file, "longer than");
    }

    @Test
    void workbookRenamedAsCsvIsReadAsAWorkbook() {
        Path file = Fixtures.workbook(dir.resolve("really-a-workbook.xlsx"), "Data",
                Fixtures.row("indicator", "area", "period", "value", "unit"),
                Fixtures.row("GRDP_GROWTH", "Hải Phòng", "2024", 11.01, "%"));
        Path renamed = file.resolveSibling("renamed.csv");
        try {
            Files.move(file, renamed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(Ingested.read(renamed).observations()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(11.01));
    }

    @Test
    void fileMatchingNothingNamesTheClosestProfiles() {
        Path file = Fixtures.workbook(dir.resolve("other.xlsx"), "5. FDI",
                Fixtures.row("5. Đầu tư nước ngoài được cấp phép theo đối tác"),
                Fixtures.row(null, null, "Số dự án"),
                Fixtures.row(null, "Hải Phòng", 3.0));
        assertRejected(file, "gso-fdi-by-locality");
    }

    @Test
    void tidyHeaderWithMissingColumnsSaysWhich() {
        Path file = Fixtures.text(dir.resolve("almost.csv"), "indicator,area,value\nX,Hải Phòng,1\n",
                StandardCharsets.UTF_8);
        assertRejected(file, "lacks the column(s): period, unit");
    }

    private static void assertRejected(Path file, String reason) {
        assertThatThrownBy(() -> Ingested.read(file)).isInstanceOfSatisfying(FileRejectedException.class, e -> {
            assertThat(e.reason().en()).contains(reason);
            assertThat(e.reason().vi()).isNotBlank();
        });
    }
}
