package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.ingest.ImportOutcome;
import org.planscore.ingest.InboxImporter;
import org.planscore.store.ImportedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One rule: what a file contains can only get that file rejected (with its reason in Vietnamese and English) or some
 * of its rows listed as bad. Hostile and broken files, links and special files are dropped beside a good file; the
 * night goes on, the good file is imported and the run exits 0.
 */
@SpringBootTest
class PoisonFilesFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("poison-files");
    private static final Path DATA = ROOT.resolve("data");
    private static final Path INBOX = DATA.resolve("inbox");
    private static final Path REJECTED = DATA.resolve("rejected");
    private static final String HEADER = "indicator,area,period,value,unit,vintage,source\n";

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
    }

    @Autowired
    private Commands commands;

    @Autowired
    private InboxImporter importer;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyPoisonedFileIsRejectedWithItsReasonAndTheNightGoesOn() throws Exception {
        // given a good file, and beside it every kind of content that used to fail the run
        drop("good.csv", HEADER + "POISON_GOOD,Hải Phòng,2024,7.5,%,official,test\n");
        drop("unclosed-quote.csv", HEADER + "POISON_QUOTE,\"Hải Phòng,2024,1,%,official,test\n"
                + "POISON_QUOTE,Hải Phòng,2023,1,%,official,test\n");
        String longArea = "Khu kinh tế Đình Vũ - Cát Hải; ".repeat(8).strip();   // the column holds 200 characters
        drop("long-area.csv", HEADER + "POISON_AREA,Hải Phòng,2024,1,%,official,test\n"
                + "POISON_AREA," + longArea + ",2023,1,%,official,test\n");
        String longSource = "https://example.gov.vn/" + "x".repeat(4_500);   // the column holds 4,000
        drop("long-source.csv", HEADER + "POISON_SOURCE,Hải Phòng,2024,1,%,official," + longSource + "\n");
        // 2 MB in one quoted cell, broken every 100 bytes: each physical line is short, the record is not
        String quotedLines = ("y".repeat(99) + "\n").repeat(20_000);
        drop("quoted-newlines.csv", HEADER + "POISON_QUOTED,Hải Phòng,2024,1,%,official,\"" + quotedLines + "\"\n");
        HandMadeXlsx.write(INBOX.resolve("zip-bomb.xlsx"), out -> {
            out.write(HandMadeXlsx.SHEET_START.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                out.write(spaces);                                      // 40 MB of nothing, ~40 KB compressed
            }
            out.write(HandMadeXlsx.SHEET_END.getBytes(StandardCharsets.UTF_8));
        }, null);
        HandMadeXlsx.write(INBOX.resolve("far-column.xlsx"), out -> out.write((HandMadeXlsx.SHEET_START
                + "<row r=\"1\">" + HandMadeXlsx.cell("A1", "indicator") + "</row>"
                + "<row r=\"2\">" + HandMadeXlsx.cell("ZZZZZZ2", "x") + "</row>"
                + HandMadeXlsx.SHEET_END).getBytes(StandardCharsets.UTF_8)), null);
        Path sparse = INBOX.resolve("sparse-100gb.csv");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(100L << 30);                                 // 100 GB, no block written
        }
        Files.createDirectories(INBOX.resolve("folder.csv"));

        // when the nightly job runs
        long started = System.nanoTime();
        CommandResult result = CommandResult.run(commands, "run", "--as-of", "2025-12-31");
        double seconds = (System.nanoTime() - started) / 1e9;

        // then the run succeeds, the good file is imported, and each poisoned file is rejected with a reason naming
        // its problem in both languages; nothing is left in the inbox or in processing
        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.OK);
        assertThat(observations("POISON_GOOD")).isEqualTo(1);
        assertThat(reason("unclosed-quote.csv")).contains("line 2").contains("never closed")
                .contains("dòng 2").contains("không bao giờ đóng");
        assertThat(observations("POISON_QUOTE")).isZero();
        assertThat(reason("quoted-newlines.csv")).contains("longer than 1024 KB").contains("dài hơn 1024 KB");
        assertThat(reason("zip-bomb.xlsx")).containsIgnoringCase("zip bomb");
        assertThat(reason("far-column.xlsx")).contains("beyond the limit of 16384 columns")
                .contains("vượt giới hạn 16384 cột");
        assertThat(reason("sparse-100gb.csv")).contains("too large (102400 MB, limit 200 MB)").contains("quá lớn");
        assertThat(reason("folder.csv")).contains("not a regular file").contains("không phải là một tệp thông thường");
        // a too-long area is a bad row: the good row of its file is imported, the bad one listed
        assertThat(observations("POISON_AREA")).isEqualTo(1);
        assertThat(errorsOf(archived("long-area.csv"))).contains("3:area").contains(longArea.length() + " characters long")
                .contains("dài " + longArea.length() + " ký tự");
        // a file whose only row is too long is rejected as having no usable row, with its errors listed
        assertThat(reason("long-source.csv")).contains("no usable row");
        assertThat(errorsOf(REJECTED.resolve("long-source.csv"))).contains("2:source").contains("4523 characters");
        assertThat(Files.list(INBOX).map(p -> p.getFileName().toString())).isEmpty();
        assertThat(Files.list(DATA.resolve("processing"))).isEmpty();
        // the sparse file was refused by its size, not hashed: 100 GB cannot be read in the time the run took
        assertThat(seconds).isLessThan(120);
    }

    @Test
    void linksAndSpecialFilesAreRejectedUnreadAndNothingIsWrittenThroughALink() throws Exception {
        // given a CSV outside the data folder linked into the inbox, a FIFO, and a reason-file name already taken
        // by a link to a file the service can write
        Path outside = Files.writeString(ROOT.resolve("outside.csv"), HEADER
                + "POISON_LINKED,Hải Phòng,2024,1,%,official,test\n");
        Files.createDirectories(INBOX);
        Files.createSymbolicLink(INBOX.resolve("linked.csv"), outside);
        Path fifo = INBOX.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
        Path victim = Files.writeString(ROOT.resolve("victim.txt"), "not to be overwritten");
        Files.createDirectories(REJECTED);
        Files.createSymbolicLink(REJECTED.resolve("planted.csv.reason.txt"), victim);
        drop("planted.csv", "this is not a table\n");

        // when the inbox is imported
        List<ImportOutcome> outcomes = importer.importAll();

        // then the link itself is rejected (the file it points to is untouched and not imported), the FIFO is
        // rejected without being opened (opening it would block), and the planted link is not written through
        assertThat(outcomes).extracting(ImportOutcome::status).containsOnly(ImportedFile.Status.REJECTED);
        assertThat(Files.isSymbolicLink(REJECTED.resolve("linked.csv"))).isTrue();
        assertThat(outside).hasContent(HEADER + "POISON_LINKED,Hải Phòng,2024,1,%,official,test");
        assertThat(observations("POISON_LINKED")).isZero();
        assertThat(reason("linked.csv")).contains("not a regular file (symbolic link");
        assertThat(reason("pipe.csv")).contains("not a regular file (FIFO");
        assertThat(victim).hasContent("not to be overwritten");
        assertThat(Files.isSymbolicLink(REJECTED.resolve("planted.csv.reason.txt"))).isTrue();
        assertThat(Files.readString(REJECTED.resolve("planted.csv.reason.txt.2"))).contains("planted.csv");
    }

    @Test
    void aVeryLongNameIsShortenedBeforeTheMoveAndItsErrorsFileStillFits() throws Exception {
        // given a file whose name takes 243 bytes (Vietnamese letters take 3 in UTF-8), with a good and a bad row
        String name = "báo-cáo-".repeat(23) + "ệ".repeat(3) + ".csv";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(231);
        drop(name, HEADER + "POISON_LONGNAME,Hải Phòng,2024,1,%,official,test\n"
                + "POISON_LONGNAME,Hải Phòng,2023,không số,%,official,test\n");

        // when the inbox is imported
        List<ImportOutcome> outcomes = importer.importAll();

        // then it is imported under a shortened name, and its errors file is written beside it
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportedFile.Status.IMPORTED);
            assertThat(o.storedAt().getFileName().toString()).endsWith("~.csv").startsWith("báo-cáo-báo");
            assertThat(errorsOf(o.storedAt())).contains("3:value");
        });
        assertThat(observations("POISON_LONGNAME")).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeClaimedIsExplainedAndTheRunGoesOn() throws Exception {
        // given an inbox file that cannot be moved: immutable (as a file of another owner in a sticky-bit inbox is
        // for the service; root ignores the sticky bit but not the immutable flag), beside a good file
        Path stuck = drop("stuck.csv", HEADER + "POISON_STUCK,Hải Phòng,2024,1,%,official,test\n");
        assumeTrue(new ProcessBuilder("chattr", "+i", stuck.toString()).start().waitFor() == 0,
                "chattr +i (the immutable flag) is needed to make a file that cannot be moved");
        try {
            drop("beside-stuck.csv", HEADER + "POISON_BESIDE,Hải Phòng,2024,1,%,official,test\n");

            // when the inbox is imported, twice
            List<ImportOutcome> first = importer.importAll();
            List<ImportOutcome> second = importer.importAll();

            // then the other file is imported, the stuck one stays in the inbox with a reason in rejected/, written
            // once, and nothing fails
            assertThat(observations("POISON_BESIDE")).isEqualTo(1);
            assertThat(first).extracting(ImportOutcome::status).doesNotContain(ImportedFile.Status.FAILED);
            assertThat(second).extracting(ImportOutcome::status).doesNotContain(ImportedFile.Status.FAILED);
            assertThat(stuck).exists();
            assertThat(reason("stuck.csv")).contains("cannot be taken out of the inbox").contains("Operation not permitted")
                    .contains("Không lấy được tệp");
            assertThat(REJECTED.resolve("stuck.csv.reason.txt.2")).doesNotExist();
        } finally {
            new ProcessBuilder("chattr", "-i", stuck.toString()).start().waitFor();
            Files.deleteIfExists(stuck);
        }
    }

    @Test
    void anUnreadableFileIsRejectedWithItsReason() throws Exception {
        // given a file nobody may read (root reads it anyway: this case needs a non-root user)
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "running as root, who can read a file with mode 000: checked only as an ordinary user");
        Path locked = drop("locked.csv", HEADER + "POISON_LOCKED,Hải Phòng,2024,1,%,official,test\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        // when the inbox is imported
        List<ImportOutcome> outcomes = importer.importAll();

        // then it is rejected with the reason
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(ImportedFile.Status.REJECTED));
        assertThat(reason("locked.csv")).contains("cannot be opened for reading");
    }

    @Test
    void aFileThatKeepsFailingForASystemReasonIsSetAsideAfterThreeAttempts() throws Exception {
        // given a file whose rows the database refuses (a constraint stands in for a fault nobody foresaw)
        jdbc.execute("ALTER TABLE observation ADD CONSTRAINT poison_test CHECK (indicator <> 'POISON_DB')");
        try {
            drop("refused.csv", HEADER + "POISON_DB,Hải Phòng,2024,1,%,official,test\n");

            // when the inbox is imported three times
            ImportOutcome first = single(importer.importAll());
            ImportOutcome second = single(importer.importAll());
            ImportOutcome third = single(importer.importAll());

            // then it fails twice, staying in processing to be retried, and is then set aside with the reason
            assertThat(first.status()).isEqualTo(ImportedFile.Status.FAILED);
            assertThat(second.status()).isEqualTo(ImportedFile.Status.FAILED);
            assertThat(third.status()).isEqualTo(ImportedFile.Status.REJECTED);
            assertThat(reason("refused.csv")).contains("failed 3 times: ").containsIgnoringCase("poison_test")
                    .contains("thất bại 3 lần");
            assertThat(DATA.resolve("processing/refused.csv")).doesNotExist();
        } finally {
            jdbc.execute("ALTER TABLE observation DROP CONSTRAINT poison_test");
        }
    }

    @Test
    void aFileArchivedByARunKilledBeforeRecordingItIsStillRecognisedWhenDroppedAgain() throws Exception {
        // given a file archived by a run killed before it recorded the import: the record still says IMPORTING
        String content = HEADER + "POISON_KILLED,Hải Phòng,2024,3,%,official,test\n";
        drop("killed.csv", content);
        assertThat(single(importer.importAll()).status()).isEqualTo(ImportedFile.Status.IMPORTED);
        jdbc.update("UPDATE imported_file SET status = 'IMPORTING', finished_at = NULL WHERE file_name = 'killed.csv'");

        // when the same bytes are dropped again under another name and the inbox is imported
        drop("killed-again.csv", content);
        ImportOutcome again = single(importer.importAll());

        // then the interrupted record is finished from the archive, and the copy is rejected as a duplicate
        assertThat(jdbc.queryForObject("SELECT status FROM imported_file WHERE file_name = 'killed.csv'",
                String.class)).isEqualTo("IMPORTED");
        assertThat(again.status()).isEqualTo(ImportedFile.Status.REJECTED);
        assertThat(reason("killed-again.csv")).contains("killed.csv").contains("not counted twice");
        assertThat(observations("POISON_KILLED")).isEqualTo(1);
    }

    private static ImportOutcome single(List<ImportOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private long observations(String indicator) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE indicator = ?", Long.class, indicator);
        return n == null ? 0 : n;
    }

    private static Path drop(String name, String content) throws IOException {
        Files.createDirectories(INBOX);
        Path partial = Files.writeString(INBOX.resolve(".writing"), content, StandardCharsets.UTF_8);
        return Files.move(partial, INBOX.resolve(name));
    }

    private static String reason(String name) throws IOException {
        Path reason = REJECTED.resolve(name + ".reason.txt");
        assertThat(Files.isRegularFile(reason, LinkOption.NOFOLLOW_LINKS)).as("reason file for " + name).isTrue();
        return Files.readString(reason);
    }

    private static String errorsOf(Path file) {
        try {
            return Files.readString(file.resolveSibling(file.getFileName() + ".errors.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path archived(String name) throws IOException {
        try (Stream<Path> files = Files.walk(DATA.resolve("archive"))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
