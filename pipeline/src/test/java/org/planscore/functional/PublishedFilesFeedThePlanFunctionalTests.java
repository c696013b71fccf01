package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportModels;
import org.planscore.assessment.ScoredTarget;
import org.planscore.assessment.mapping.Mapping;
import org.planscore.assessment.mapping.Mappings;
import org.planscore.assessment.mapping.PlanMappings;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.ingest.text.VnText;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Published files move the report: the Statistics Office's December and March workbooks and the Ministry of Finance's
 * budget disclosure, dropped into the inbox of a fresh installation (without the shipped samples, so that every
 * figure of the report comes from these files), feed the targets the mappings cover, each figure cited to file, sheet
 * and cell with the mapping's definition note. Then the city's own figures arrive (the shipped samples) and, where
 * two sources give one year, the report says which was used and why (on a fresh installation of its own).
 */
@SpringBootTest
class PublishedFilesFeedThePlanFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("published-files-feed-the-plan");
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final Path PDF = ROOT.resolve("reports/2025-12-31/haiphong-2025-2025-12-31-vi.pdf");
    private static final Path XLSX = ROOT.resolve("reports/2025-12-31/haiphong-2025-2025-12-31-vi.xlsx");

    private static final String DECEMBER = "gso_bieu_2022-12.xlsx";
    private static final String MARCH = "gso_bieu_2024-03.xlsx";
    private static final String BUDGET = "mof_ckns_dutoan_2017_provinces.xls";

    // Hai Phong's FDI licensed, million USD, as the real-data README of the project's shared folder lists them (published figures).
    private static final double NEW_2022 = 1139.0042105;
    private static final double ADJUSTED_2022 = 792.73843621875;
    private static final double NEW_2024_TO_MARCH = 204.3518119;
    private static final double ADJUSTED_2024_TO_MARCH = 46.65;
    private static final double NEW_2024 = 787.2263849;
    private static final double ADJUSTED_2024 = 3731.0236365;

    /** Targets without a figure for their target year before the files were dropped (all, on an empty database). */
    private static Set<String> withoutFigureBefore;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
        registry.add("planscore.samples.seed", () -> "false");
    }

    @Autowired
    private Commands commands;

    @Autowired
    private Plans plans;

    @Autowired
    private ReportModels models;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTargetAMappingCoversShowsTheWorkbooksFigureCitedToItsCellWithTheDefinition() throws Exception {
        // given a fresh installation with no figure at all, and the report it would give
        Plan plan = plan();
        withoutFigureBefore = withoutTargetYearFigure(models.build(plan, AS_OF, Locale.forLanguageTag("vi")));
        assertThat(withoutFigureBefore).hasSize(plan.targets().size());

        // when a December and a March GSO workbook and a budget disclosure are dropped and the nightly job runs
        Path inbox = ROOT.resolve("data/inbox");
        Files.createDirectories(inbox);
        for (String file : List.of(DECEMBER, MARCH, BUDGET)) {
            copyResource("real/" + file, inbox.resolve(file));
        }
        CommandResult result = CommandResult.run(commands, "run", "--as-of", AS_OF.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.output()).contains("IMPORTED  " + DECEMBER, "IMPORTED  " + MARCH, "IMPORTED  " + BUDGET);

        // then the targets the mappings cover, given the years the files' Hai Phong figures are for, are derived
        Mappings mappings = PlanMappings.load(Path.of("..", "config", "mappings"));
        Set<String> covered = coveredIndicatorYears(mappings);
        List<PlanTarget> coveredTargets = plan.targets().stream()
                .filter(t -> VnText.fold(t.area()).equals(VnText.fold("Hải Phòng")))
                .filter(t -> covered.contains(t.indicator() + "@" + t.targetYear()))
                .toList();
        assertThat(coveredTargets).as("the shipped plan has targets these files can feed").isNotEmpty();

        // and each of them shows the December workbook's figure for its target year: new + adjusted FDI in bn USD,
        // cited to the file, the sheet and the two cells, with the mapping's definition note
        ReportModel after = models.build(plan, AS_OF, Locale.forLanguageTag("vi"));
        Mapping fdi = mappings.feeding("FDI_ATTRACTED_USD", Mapping.Periods.YEAR).get(0);
        for (PlanTarget target : coveredTargets) {
            ObservationPoint point = scored(after, target.id()).reportedIn(target.targetYear()).orElseThrow();
            assertThat(point.source()).contains(DECEMBER).contains("21.DTNN");
            assertThat(point.value()).isCloseTo((NEW_2022 + ADJUSTED_2022) / 1000, within(1e-9));
            assertThat(point.definition()).isEqualTo(fdi.note());
            assertThat(point.cell()).matches("D\\d+\\+E\\d+");
            assertCellsHold(DECEMBER, "21.DTNN ", point.cell(), NEW_2022, ADJUSTED_2022);
        }

        // and the targets that had no figure for their target year and now have one are exactly those
        Set<String> gained = new TreeSet<>(withoutFigureBefore);
        gained.retainAll(withTargetYearFigure(after));
        assertThat(gained).containsExactlyInAnyOrderElementsOf(coveredTargets.stream().map(PlanTarget::id).toList());
        System.out.println("Targets that gained a figure for their target year from " + DECEMBER + ", " + MARCH
                + ", " + BUDGET + ": " + gained.size() + " " + gained);

        // and the PDF cites the file, sheet and cells and prints the definition note beside the figure
        String pdf = PdfText.of(PDF).all().replaceAll("\\s+", " ");
        String cell = scored(after, coveredTargets.get(0).id()).reportedIn(2022).orElseThrow().cell();
        assertThat(pdf).contains(DECEMBER + ", sheet '21.DTNN', ô " + cell)
                .contains(fdi.note().vi().replaceAll("\\s+", " "));

        // and the March workbook's figures to date give the pace of the 2024 FDI target, whose year has no figure
        PlanTarget fdi2024 = plan.targets().stream()
                .filter(t -> t.indicator().equals("FDI_ATTRACTED_USD") && t.targetYear() == 2024
                        && VnText.fold(t.area()).equals(VnText.fold("Hải Phòng")))
                .findFirst().orElseThrow();
        var execution = scored(after, fdi2024.id()).assessment().execution();
        assertThat(execution.months()).isEqualTo(3);
        assertThat(execution.percentOfPlan()).isCloseTo(
                (NEW_2024_TO_MARCH + ADJUSTED_2024_TO_MARCH) / 1000 / fdi2024.targetValue() * 100, within(1e-9));
    }

    @Test
    void whenTheCitysOwnFiguresArriveTheRuleChoosesAndTheReportSaysWhichAndWhy() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("published-files-then-city-figures",
                "planscore.samples.seed=false")) {
            // given the published files of the first test, imported on a fresh installation of its own
            dropAndRun(app, "real/" + DECEMBER, "real/" + MARCH, "real/" + BUDGET);
            // when the city's figures (the shipped samples) are dropped
            dropAndRun(app, "samples/haiphong-facts.csv");
            ReportModel model = app.bean(ReportModels.class).build(plan(), AS_OF, Locale.forLanguageTag("vi"));
            Path reports = app.reports().resolve(AS_OF.toString());

            // then for 2022 the workbook's own cells still win over the samples' hand copy of the same workbook
            PlanTarget fdi2022 = target("FDI_ATTRACTED_USD", 2022);
            ObservationPoint y2022 = scored(model, fdi2022.id()).reportedIn(2022).orElseThrow();
            assertThat(y2022.source()).contains(DECEMBER);
            assertThat(y2022.others()).anySatisfy(o -> {
                assertThat(o.source()).contains("hiennguyen9874/vn-macroeconomics");
                assertThat(o.reason()).isEqualTo("rank");
            });

            // and for 2024 the city's own "FDI attracted" (the plan's definition) is used, not the registered capital
            double city2024 = factsValue("FDI_ATTRACTED_USD", "Hải Phòng", "2024");
            PlanTarget fdi2024 = target("FDI_ATTRACTED_USD", 2024);
            ObservationPoint y2024 = scored(model, fdi2024.id()).reportedIn(2024).orElseThrow();
            assertThat(y2024.value()).isEqualTo(city2024);
            assertThat(y2024.definition()).isNull();
            assertThat(y2024.others()).anySatisfy(o -> {
                assertThat(o.value()).isCloseTo((NEW_2024 + ADJUSTED_2024) / 1000, within(1e-9));
                assertThat(o.definition()).isNotNull();
                assertThat(o.reason()).isEqualTo("rank");
            });

            // and the PDF says which figure was used for 2024 and why the other was not
            String pdf = PdfText.of(reports.resolve(PDF.getFileName())).all().replaceAll("\\s+", " ");
            assertThat(pdf).contains("Năm 2024: dùng").contains("vì nguồn được xếp hạng thấp hơn");

            // and the scorecard keeps the other figure visible, with the reason
            try (InputStream in = Files.newInputStream(reports.resolve(XLSX.getFileName()));
                 XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet figures = workbook.getSheet("Số liệu sử dụng");
                Row header = figures.getRow(0);
                int others = column(header, "Số liệu khác cùng năm");
                boolean found = false;
                for (Row row : figures) {
                    if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("FDI_ATTRACTED_USD")
                            && row.getCell(1).getStringCellValue().equals(fdi2024.area())
                            && (int) row.getCell(2).getNumericCellValue() == 2024) {
                        assertThat(row.getCell(others).getStringCellValue())
                                .contains("hiennguyen9874").contains("nguồn được xếp hạng thấp hơn");
                        found = true;
                    }
                }
                assertThat(found).isTrue();
            }
        }
    }

    /** Drops the resources into the folder's inbox and runs the nightly job on them. */
    private static void dropAndRun(FolderApplication app, String... resources) throws Exception {
        Path inbox = Files.createDirectories(app.root().resolve("data/inbox"));
        for (String resource : resources) {
            copyResource(resource, inbox.resolve(Path.of(resource).getFileName()));
        }
        CommandResult result = app.run("run", "--as-of", AS_OF.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.OK);
    }

    /**
     * Plan indicator and year pairs the files can give: a year mapping whose every source measure has a Hai Phong
     * figure for that year from one of the dropped files, and figures the profiles store under a plan code.
     */
    private Set<String> coveredIndicatorYears(Mappings mappings) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT DISTINCT indicator, period FROM observation WHERE area = 'Hải Phòng'"
                        + " AND (source LIKE ? OR source LIKE ? OR source LIKE ?)",
                "%" + DECEMBER + "%", "%" + MARCH + "%", "%" + BUDGET + "%");
        Map<String, Set<String>> periodsByCode = rows.stream().collect(Collectors.groupingBy(
                r -> (String) r.get("INDICATOR"), Collectors.mapping(r -> (String) r.get("PERIOD"), Collectors.toSet())));
        Set<String> planCodes = plan().targets().stream().map(PlanTarget::indicator).collect(Collectors.toSet());
        Set<String> covered = new HashSet<>();
        for (Mapping m : mappings.mappings()) {
            if (m.periods() != Mapping.Periods.YEAR) {
                continue;
            }
            Set<String> years = null;
            for (String code : m.from()) {
                Set<String> periods = periodsByCode.getOrDefault(code, Set.of()).stream()
                        .filter(p -> p.length() == 4).collect(Collectors.toSet());
                if (years == null) {
                    years = new HashSet<>(periods);
                } else {
                    years.retainAll(periods);
                }
            }
            years.forEach(y -> covered.add(m.indicator() + "@" + y));
        }
        periodsByCode.forEach((code, periods) -> periods.stream().filter(p -> p.length() == 4)
                .filter(p -> planCodes.contains(code)).forEach(p -> covered.add(code + "@" + p)));
        return covered;
    }

    /** The workbook read back with POI: the cited cells of Hai Phong's row hold the published figures. */
    private static void assertCellsHold(String file, String sheetName, String cells, double first, double second)
            throws IOException {
        try (InputStream in = new ClassPathResource("real/" + file).getInputStream();
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            String[] refs = cells.split("\\+");
            double[] expected = {first, second};
            for (int i = 0; i < refs.length; i++) {
                CellReference ref = new CellReference(refs[i]);
                Row row = sheet.getRow(ref.getRow());
                assertThat(row.getCell(ref.getCol()).getNumericCellValue()).isEqualTo(expected[i]);
                boolean haiPhongRow = false;
                for (Cell c : row) {
                    haiPhongRow |= c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && VnText.fold(c.getStringCellValue()).equals("hai phong");
                }
                assertThat(haiPhongRow).as("row %d is Hai Phong's", ref.getRow() + 1).isTrue();
            }
        }
    }

    private static double factsValue(String indicator, String area, String period) throws IOException {
        try (InputStream in = new ClassPathResource("samples/haiphong-facts.csv").getInputStream()) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (r.get("indicator").equals(indicator) && r.get("area").equals(area) && r.get("period").equals(period)) {
                    return Double.parseDouble(r.get("value"));
                }
            }
        }
        throw new AssertionError("no " + indicator + " " + area + " " + period + " in the samples");
    }

    private static Set<String> withoutTargetYearFigure(ReportModel model) {
        return model.targets().stream().filter(t -> t.reportedIn(t.target().targetYear()).isEmpty())
                .map(t -> t.target().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> withTargetYearFigure(ReportModel model) {
        return model.targets().stream().filter(t -> t.reportedIn(t.target().targetYear()).isPresent())
                .map(t -> t.target().id()).collect(Collectors.toSet());
    }

    private Plan plan() {
        return plans.load("haiphong-2025").get(0);
    }

    private PlanTarget target(String indicator, int year) {
        return plan().targets().stream().filter(t -> t.indicator().equals(indicator) && t.targetYear() == year
                && VnText.fold(t.area()).equals(VnText.fold("Hải Phòng"))).findFirst().orElseThrow();
    }

    private static ScoredTarget scored(ReportModel model, String id) {
        return model.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
    }

    private static int column(Row header, String startsWith) {
        for (Cell c : header) {
            if (c.getStringCellValue().startsWith(startsWith)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + startsWith);
    }

    private static void copyResource(String resource, Path to) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Files.copy(in, to);
        }
    }
}
