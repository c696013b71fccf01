package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportModels;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.plan.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly run on a fresh installation: the packaged Hai Phong samples are imported, every target of the plan is
 * scored, and the reports are written and delivered to the outbox. One fresh run, made once before the tests, is
 * what the tests that only read its outcome look at; none of them changes it. A test that runs again (a second run,
 * another edition, a later date) does so on a folder and database of its own, starting from a fresh installation.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyRunFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("nightly-run");
    private static final Path REPORTS = ROOT.resolve("reports");
    private static final Path PDF = REPORTS.resolve("2025-12-31/haiphong-2025-2025-12-31-vi.pdf");
    private static final Path XLSX = REPORTS.resolve("2025-12-31/haiphong-2025-2025-12-31-vi.xlsx");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
    }

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Plans plans;

    @Autowired
    private ReportModels models;

    /** The shared fresh run: what the database held before it, and what it printed and returned. */
    private record FreshRun(long importedFilesBefore, CommandResult result) {
    }

    private FreshRun freshRun;

    @BeforeAll
    void runOnceOnAFreshInstallation() throws Exception {
        long importedFilesBefore = count("imported_file");
        freshRun = new FreshRun(importedFilesBefore, CommandResult.run(commands, "run", "--as-of", "2025-12-31"));
    }

    @Test
    void freshRunImportsTheSamplesAndWritesBothReports() throws Exception {
        // given an empty database and an empty inbox
        assertThat(freshRun.importedFilesBefore()).isZero();

        // when the nightly job runs for the end of 2025 (once, before the tests)
        CommandResult result = freshRun.result();

        // then the packaged samples were imported and archived, and both reports exist
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.output()).contains("IMPORTED  sample-haiphong-facts.csv");
        assertThat(count("observation")).isEqualTo(distinctSampleFigures());
        assertThat(archived()).anyMatch(p -> p.getFileName().toString().equals("sample-haiphong-facts.csv"));
        assertThat(PDF).isRegularFile();
        assertThat(XLSX).isRegularFile();
    }

    @Test
    void thePdfIsAboutHaiPhongInVietnameseWithEmbeddedFonts() throws IOException {
        // given the report of the fresh run
        // when it is read back
        PdfText text = PdfText.of(PDF);

        // then page one is Hai Phong's summary in Vietnamese, with the status words, and more pages follow
        assertThat(text.pages()).isGreaterThanOrEqualTo(2);
        assertThat(text.firstPage()).contains("Hải Phòng").contains("31/12/2025").contains("Đã đạt mục tiêu")
                .contains("Thiếu dữ liệu");
        assertThat(text.all()).doesNotContain("H?i").contains("Nguồn");
        assertThat(fontsOf(PDF)).isNotEmpty().allMatch(PDFont::isEmbedded);

        // and page 1 has the pillar lines, the targets most behind (at the end of 2025 led by the year's decided
        // misses, e.g. the merged city's GRDP growth, which the city itself says was missed), changes and data
        // quality, and stays on page 1
        assertThat(text.firstPage()).contains("Điểm theo trụ cột", "Trụ cột Đánh giá Điểm Có số liệu",
                "Công nghiệp công nghệ cao và tăng", "Các chỉ tiêu chậm nhất", "Không đạt",
                "Đây là báo cáo đầu tiên", "Chất lượng số liệu");
        RenderingChecks.assertRenders(PDF, model(models, "vi"));
    }

    @Test
    void theScorecardHasOneRowPerTargetWithItsSource() throws IOException {
        // given the plan catalogue in force
        int targets = plans.load("haiphong-2025").get(0).targets().size();

        // when the scorecard is read back with POI
        try (InputStream in = Files.newInputStream(XLSX); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);

            // then it has a header row and one row per target, each citing a source
            assertThat(sheet.getLastRowNum()).isEqualTo(targets);
            Row header = sheet.getRow(0);
            int sourceColumn = header.getLastCellNum() - 1;
            assertThat(header.getCell(sourceColumn).getStringCellValue()).containsIgnoringCase("ngu");
            for (int r = 1; r <= targets; r++) {
                assertThat(sheet.getRow(r).getCell(sourceColumn).getStringCellValue()).isNotBlank();
            }
        }
        assertThat(count("target_score")).isEqualTo(targets);
    }

    @Test
    void withoutAMailServerTheEmailWaitsInTheOutbox() throws IOException {
        // given no spring.mail.host in the configuration, and the fresh run
        // when the outbox is listed
        List<Path> emails = list(REPORTS.resolve("outbox"));

        // then exactly one .eml holds the report, with the PDF attached
        assertThat(emails).hasSize(1);
        String eml = Files.readString(emails.get(0));
        assertThat(eml).contains("application/pdf").contains("haiphong-2025-2025-12-31-vi.pdf");

        // and its HTML body carries the page-1 summary, its subject the counts by status
        ParsedEmail parsed = ParsedEmail.of(emails.get(0));
        assertThat(parsed.subject()).contains("(31/12/2025): ").containsPattern("\\d+ đạt · \\d+ đúng tiến độ");
        assertThat(parsed.html()).contains("Điểm theo trụ cột", "Các chỉ tiêu chậm nhất", "điểm bình quân",
                "Công nghiệp công nghệ cao và tăng trưởng");
        assertThat(parsed.text()).contains("Điểm theo trụ cột", "Các chỉ tiêu chậm nhất");
    }

    @Test
    void exportScoresGivesOneRowPerTargetUnderTheContractedHeader() throws Exception {
        // given the scores of the fresh run
        // when they are exported
        CommandResult export = CommandResult.run(commands, "export", "scores");

        // then the header starts with the contracted columns, and each target has a row
        List<String> lines = export.output().lines().toList();
        assertThat(lines.get(0)).startsWith("plan,target,indicator,pillar,status,score,progress_value,current_period,"
                + "current_value,target_year,target_value,source");
        assertThat(lines).hasSize(1 + plans.load("haiphong-2025").get(0).targets().size());
        assertThat(lines).anyMatch(l -> l.startsWith("haiphong-2025,") && l.contains(",target_achieved,"));
    }

    @Test
    void aSecondRunOnTheSameDataNeitherReimportsNorSendsAgain() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("nightly-run-again")) {
            // given a fresh installation's first run
            assertThat(app.run("run", "--as-of", "2025-12-31").exitCode()).isEqualTo(ExitCode.OK);
            long observations = app.count("observation");

            // when the nightly job runs again with nothing new
            CommandResult again = app.run("run", "--as-of", "2025-12-31");

            // then nothing is imported twice and no second email is written
            assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(again.output()).contains("up_to_date");
            assertThat(app.count("observation")).isEqualTo(observations);
            assertThat(list(app.reports().resolve("outbox"))).hasSize(1);
        }
    }

    @Test
    void theEnglishEditionUsesEnglishWordsAndNumberFormat() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("nightly-run-english")) {
            // given a fresh installation
            // when the English edition is asked for
            CommandResult result = app.run("run", "--as-of", "2025-12-31", "--lang", "en");

            // then its page one speaks English, numbers use a decimal point
            assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
            Path pdf = app.reports().resolve("2025-12-31/haiphong-2025-2025-12-31-en.pdf");
            PdfText text = PdfText.of(pdf);
            assertThat(text.firstPage()).contains("Target achieved").contains("Not available");
            assertThat(text.all()).containsPattern("\\d,\\d{3}\\.\\d");
            assertThat(text.firstPage()).contains("Scores by pillar", "Pillar Status Score With data",
                    "Targets most behind");
            RenderingChecks.assertRenders(pdf, model(app.bean(ReportModels.class), "en"));
        }
    }

    @Test
    void aLaterReportSaysWhatChangedSinceThePreviousOne() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("nightly-run-later")) {
            // given the report as of 31/12/2025
            assertThat(app.run("run", "--as-of", "2025-12-31").exitCode()).isEqualTo(ExitCode.OK);

            // when the next report is written, half a year later
            CommandResult result = app.run("run", "--as-of", "2026-06-30");

            // then its page 1 compares with the report of 31/12/2025
            assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
            PdfText text = PdfText.of(app.reports().resolve("2026-06-30/haiphong-2025-2026-06-30-vi.pdf"));
            assertThat(text.firstPage()).contains("Thay đổi so với báo cáo ngày 31/12/2025");
            assertThat(app.reports().resolve("2026-06-30/haiphong-2025-2026-06-30-vi-page1.png")).isRegularFile();
        }
    }

    private ReportModel model(ReportModels reportModels, String lang) {
        return reportModels.build(plans.load("haiphong-2025").get(0), LocalDate.of(2025, 12, 31),
                Locale.forLanguageTag(lang));
    }

    /**
     * The figures the packaged samples file holds, counted from the file itself: its data rows, one stored
     * observation per natural key (indicator, area, period, vintage, source), as the table's unique key says.
     */
    private static long distinctSampleFigures() throws IOException {
        try (InputStream in = NightlyRunFunctionalTests.class.getResourceAsStream("/samples/haiphong-facts.csv");
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return csv.stream()
                    .map(r -> List.of(r.get("indicator").strip(), r.get("area").strip(), r.get("period").strip(),
                            r.get("vintage").strip(), r.get("source").strip()))
                    .distinct().count();
        }
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private static List<Path> archived() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("data/archive"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".eml")).toList();
        }
    }

    private static List<PDFont> fontsOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            java.util.List<PDFont> fonts = new java.util.ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        }
    }
}
