package org.planscore.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscore.scoring.Direction;

/**
 * The shipped plan catalogue (config/plans/haiphong-2025.yml) and sample data (data/samples/haiphong-facts.csv) at the
 * repository root. Surefire runs tests with the module directory (pipeline/) as working directory, so the root is "..".
 */
class ShippedCatalogueTest {

    static final Path REPO_ROOT = Path.of("..");
    static final Path PLANS = REPO_ROOT.resolve("config/plans");
    static final Path CATALOGUE = PLANS.resolve("haiphong-2025.yml");
    static final Path SAMPLES = REPO_ROOT.resolve("data/samples/haiphong-facts.csv");

    /**
     * Indicators that the catalogue targets but for which no figure has been reported yet (so none is in the samples).
     * Explicit on purpose: a new target whose indicator code is misspelt must fail, not slip in here.
     */
    static final Set<String> NO_REPORTED_FIGURE_YET = Set.of(
            "TOURIST_ARRIVALS_INTL",          // KH 85 tourism plan: 2.7 mn international visitors in 2025
            "TOURISM_DIRECT_JOBS",            // KH 85: 18.5–20.5 thousand direct jobs in 2025
            "DIGITAL_ECONOMY_SHARE",          // 5-year plan 2026–2030: > 35 % of GRDP
            "DOCTORS_PER_10K",                // draft health programme 2030
            "HOSPITAL_BEDS_PER_10K",          // draft health programme 2030
            "HEALTH_INSURANCE_COVERAGE",      // draft health programme 2030
            "NEW_RURAL_DISTRICTS_SHARE",      // yearly plan 2022: 100 % of districts
            "MODEL_NEW_RURAL_COMMUNES_ADDED", // yearly plan 2022: 35 more model communes
            "SOCIAL_HOUSING_COMPLETED",       // yearly completions: only the running total since 2021 is reported
                                              // (SOCIAL_HOUSING_COMPLETED_CUM_2021, the targets' period_indicator)
            "INDUSTRIAL_PARKS_NEW",           // yearly flow; the term's running total is reported (period_indicator)
            "INDUSTRIAL_CLUSTERS_NEW",        // idem
            "ADMIN_CENTRE_IN_USE",            // announced for 1/7/2025, no dated confirmation of the move-in found
            "DO_SON_DRAGON_OCEAN_COMPLETED",  // no completion found (recognised as a tourist site in 12/2025)
            "VU_YEN_PROJECT_COMPLETED"        // no completion of the whole project found
    );

    static final String MERGED_CITY = "Hải Phòng (hợp nhất)";

    static Plan plan;
    static List<CSVRecord> samples;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isRegularFile(Path.of("pom.xml")) && Files.isDirectory(Path.of("src/main/java")),
                "tests must run in the pipeline module directory, but the working directory is "
                        + Path.of("").toAbsolutePath());
        assertTrue(Files.isRegularFile(CATALOGUE), "missing " + CATALOGUE.toAbsolutePath().normalize());
        plan = PlanCatalogue.load(CATALOGUE);
        try (Reader in = Files.newBufferedReader(SAMPLES, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("indicator", "area", "period", "value", "unit", "vintage", "source", "note", "published",
                    "bound", "covers_to", "definition"), csv.getHeaderNames());
            samples = csv.getRecords();
        }
    }

    @Test
    void shippedCatalogueLoadsWithoutErrors() {
        assertEquals("haiphong-2025", plan.id());
        assertEquals("Hải Phòng", plan.area());
        assertEquals(List.of("high-tech-industry", "seaport-logistics", "tourism-commerce", "budget-investment", "society"),
                plan.pillars().stream().map(Pillar::id).toList());
        // 84 before issue 14; the single Lạch Huyện milestone (LACH_HUYEN_BERTHS_3_6_2025, with a wording no source
        // has) gave way to 16 targets: berths 3–4 (and its revised deadline), berths 5–6, the administrative centre
        // (and its revised deadline), Thủy Nguyên, An Dương, industrial parks, clusters, PCI, Đồ Sơn, Vũ Yên, Cát Bà,
        // the 2021–2025 growth average as reference, the 2022 retail-sales plan and the 2025 social-housing target.
        assertEquals(84 - 1 + 16, plan.targets().size());
        for (PlanTarget t : plan.targets()) {
            assertNotNull(t.name().vi(), t.id());
            assertNotNull(t.name().en(), t.id());
            assertTrue(t.source().startsWith("http"), t.id() + " cites " + t.source());
            // Perimeter: a merged-city target (its note says so) is measured only by merged-city figures.
            boolean merged = t.note() != null && t.note().startsWith("MERGED city");
            assertEquals(merged ? MERGED_CITY : "Hải Phòng", t.area(), t.id());
            // decrease only for ceilings and ranks (lower is better)
            assertEquals(t.type() == TargetType.CEILING || t.unit().startsWith("rank"),
                    t.direction() == Direction.DECREASE, t.id());
            assertEquals(t.type() == TargetType.SHARE, t.limit() != null && t.limit() == 100.0, t.id());
        }
    }

    @Test
    void loadAllFindsTheShippedPlan() {
        assertEquals(List.of("haiphong-2025"), PlanCatalogue.loadAll(PLANS).stream().map(Plan::id).toList());
    }

    @Test
    void targetsKeepTheirPlanVersions() {
        Map<String, PlanTarget> byId = plan.targets().stream().collect(Collectors.toMap(PlanTarget::id, Function.identity()));
        PlanTarget pre = byId.get("BUDGET_REV_TOTAL_2025_PRE_MERGER");
        PlanTarget merged = byId.get("BUDGET_REV_TOTAL_2025_MERGED");
        assertEquals(118000.0, pre.targetValue());
        assertEquals(165011.0, merged.targetValue());
        assertTrue(merged.note().startsWith("MERGED city"));

        PlanTarget range = byId.get("NQ45_BUDGET_REV_TOTAL_2025");
        assertEquals(180000.0, range.targetValue());
        assertEquals("180.000 – 190.000 tỷ đồng", range.targetText());

        // NQ45: "at least 13 percent on average between 2018 and 2025" → base 2017; the 2021–2025 average is a
        // separate reference measure
        PlanTarget growth = byId.get("NQ45_GRDP_GROWTH_AVG_2025");
        assertEquals(TargetType.GROWTH_AVG, growth.type());
        assertEquals(2017, growth.baseYear());
        assertEquals(2025, growth.targetYear());
        assertNull(growth.periodIndicator());
        assertTrue(growth.isMain());
        PlanTarget term = byId.get("GRDP_GROWTH_AVG_2021_2025_TERM");
        assertEquals("GRDP_GROWTH_AVG_2021_2025", term.periodIndicator());
        assertEquals(TargetRole.REFERENCE, term.role());

        assertEquals(190000.0, range.targetUpper());
        assertEquals(CityVerdict.NOT_ACHIEVED, byId.get("GRDP_GROWTH_2025_MERGED").cityVerdict());
        assertEquals("KH 2025 (hợp nhất)", merged.plan());
        // milestones with the deadlines the rows give: "2024", "2025-04", "<2025-01-01" (trước năm 2025)
        PlanTarget milestone = byId.get("LACH_HUYEN_BERTHS_3_4_2024");
        assertEquals(TargetType.MILESTONE, milestone.type());
        assertEquals("CTr hành động ĐH XVI (25/12/2020)", milestone.plan());
        assertEquals(java.time.LocalDate.of(2024, 12, 31), milestone.dueDate());
        assertEquals(java.time.LocalDate.of(2025, 4, 30), byId.get("LACH_HUYEN_BERTHS_3_4_2025_REVISED").dueDate());
        assertEquals(java.time.LocalDate.of(2024, 12, 31), byId.get("AN_DUONG_DISTRICT_2024").dueDate());
        // the city's "exceeded" on social housing is about its 2025 target of 10,200 units (facts.csv note)
        assertNull(byId.get("SOCIAL_HOUSING_2021_2025").cityVerdict());
        assertEquals(CityVerdict.ACHIEVED, byId.get("SOCIAL_HOUSING_2025_MERGED").cityVerdict());
        assertEquals(10200.0, byId.get("SOCIAL_HOUSING_2025_MERGED").targetValue());
        assertEquals(160608.0, byId.get("RETAIL_SALES_2022").targetValue());
        assertEquals(TargetRole.TRACKED, byId.get("PCI_RANK_2025").role());
        assertNull(byId.get("PCI_RANK_2025").targetValue());

        PlanTarget poverty = byId.get("POVERTY_RATE_2025_PRE_MERGER");
        assertEquals(TargetType.CEILING, poverty.type());
        assertEquals(Direction.DECREASE, poverty.direction());
        assertEquals(0.0, poverty.targetValue());
        assertNull(poverty.limit());
    }

    @Test
    void everyTargetIndicatorHasReportedFiguresOrIsExplicitlyAllowListed() {
        Set<String> reported = samples.stream().map(r -> r.get("indicator")).collect(Collectors.toSet());
        Set<String> targeted = plan.targets().stream().map(PlanTarget::indicator).collect(Collectors.toSet());

        Set<String> unknown = new TreeSet<>(targeted);
        unknown.removeAll(reported);
        unknown.removeAll(NO_REPORTED_FIGURE_YET);
        assertEquals(Set.of(), unknown, "target indicators with no figure in " + SAMPLES + " and not allow-listed");

        Set<String> stale = new TreeSet<>(NO_REPORTED_FIGURE_YET);
        stale.removeIf(code -> targeted.contains(code) && !reported.contains(code));
        assertEquals(Set.of(), stale, "allow-list entries that are unused or now have reported figures: remove them");
    }

    @Test
    void targetUnitsMatchTheUnitsOfTheReportedFigures() {
        Map<String, Set<String>> units = new HashMap<>();
        for (CSVRecord r : samples) {
            units.computeIfAbsent(r.get("indicator"), k -> new HashSet<>()).add(r.get("unit"));
        }
        for (PlanTarget t : plan.targets()) {
            Set<String> reported = units.get(t.indicator());
            if (reported != null) {
                assertEquals(Set.of(t.unit()), reported, t.id() + " (" + t.indicator() + ")");
            }
        }
    }

    @Test
    void samplesAreTidyRowsWithNumericValuesAndSources() {
        // 143 before issue 14, then 22 rows of the action programme's items: 12 event dates, 3 counts, 7 PCI ranks
        assertEquals(143 + 22, samples.size());
        for (CSVRecord r : samples) {
            String where = SAMPLES.getFileName() + ":" + (r.getRecordNumber() + 1);
            assertTrue(r.get("indicator").matches("[A-Z][A-Z0-9_]*"), where);
            // Perimeter: figures of the merged city (note says MERGED city) carry their own area label.
            assertEquals(r.get("note").startsWith("MERGED city") ? MERGED_CITY : "Hải Phòng", r.get("area"), where);
            assertTrue(r.get("published").isEmpty() || r.get("published").matches("20\\d\\d-\\d\\d-\\d\\d"), where);
            assertTrue(r.get("period").matches("\\d{4}"), where);
            String valueForm = "date".equals(r.get("unit")) ? "\\d{4}-\\d\\d(-\\d\\d)?" : "\\d+(\\.\\d+)?";
            assertTrue(r.get("value").matches(valueForm), where + ": value " + r.get("value"));
            assertTrue(Set.of("estimate", "official").contains(r.get("vintage")), where);
            assertTrue(Set.of("", "lower", "upper").contains(r.get("bound")), where);
            assertTrue(r.get("covers_to").isEmpty() || r.get("covers_to").matches("20\\d\\d-\\d\\d-\\d\\d"), where);
            assertTrue(!r.get("unit").isBlank() && !r.get("source").isBlank(), where);
        }
    }

    @Test
    void officialOnlyWhereAStatisticsOfficeCallsTheFigureFinal() {
        // Every source is a December estimate, a press report, a third party or a council figure, except the 2019
        // census result (Statistics Office); none may outrank another as "official".
        for (CSVRecord r : samples) {
            if ("official".equals(r.get("vintage"))) {
                assertEquals("URBAN_POP_SHARE", r.get("indicator"), "official vintage on " + r.get("indicator"));
                assertTrue(r.get("note").startsWith("census"), r.get("note"));
            }
        }
    }

    @Test
    void boundsAreColumnsNotNotes() {
        // The first conversion marked a lower bound only in the note ("lower bound: 'trên 109.000'", after the
        // merged-city prefix): each such row now carries bound=lower, and every bound quotes its wording.
        for (CSVRecord r : samples) {
            String note = r.get("note").replaceFirst("^MERGED city \\(HP\\+Hai Duong from 1/7/2025\\); ", "")
                    .toLowerCase(java.util.Locale.ROOT);
            String where = r.get("indicator") + " " + r.get("period") + ": " + r.get("note");
            if (note.startsWith("lower bound")) {
                assertEquals("lower", r.get("bound"), where);
            }
            if ("lower".equals(r.get("bound"))) {
                assertTrue(note.matches("(?s).*('trên |'hơn |'over |lower bound).*"), where);
            }
        }
        // a part-year total is marked as such: public investment disbursed "as of 11/12/2025"
        CSVRecord disbursed = samples.stream().filter(r -> r.get("indicator").equals("PUBLIC_INVEST_DISBURSED"))
                .findFirst().orElseThrow();
        assertTrue(disbursed.get("note").contains("as of 11/12/2025"));
        assertEquals("2025-12-11", disbursed.get("covers_to"));
    }

    @Test
    void onlyThePlanBeingJudgedCountsAsMain() {
        // Superseded or alternative versions, scenarios, other plans (2026 yearly plan, 2030 targets, the KH 85
        // tourism plan) and the sector value-added rates are shown for reference only.
        for (PlanTarget t : plan.targets()) {
            boolean otherVersion = t.id().endsWith("_PRE_MERGER") || t.id().endsWith("_X88")
                    || t.id().endsWith("_SCENARIO") || t.id().endsWith("_REVISED") || t.id().endsWith("_FORMER_HP");
            boolean otherPlan = t.targetYear() > 2025 || (t.plan() != null && t.plan().startsWith("KH 85"))
                    || t.indicator().startsWith("VA_GROWTH_");
            if (otherVersion || otherPlan) {
                assertTrue(!t.isMain(), t.id() + " should be reference");
            }
        }
        long main = plan.targets().stream().filter(PlanTarget::isMain).count();
        long tracked = plan.targets().stream().filter(t -> t.role() == TargetRole.TRACKED).count();
        assertEquals(1, tracked);
        assertTrue(main > 0 && main < plan.targets().size());
    }

    @Test
    void theCitysOwnAssessmentsAreThoseFound() {
        // 2022 and 2023: 14/19; 2024: 17/19 (GRDP growth missed); 2025: 4 of 13 main economic indicators missed.
        // No source for 2021 was found.
        assertEquals(List.of(2022, 2023, 2024, 2025), plan.cityAssessments().stream().map(CityAssessment::year).toList());
        CityAssessment y2025 = plan.cityAssessment(2025).orElseThrow();
        assertEquals(13, y2025.total());
        assertEquals(4, y2025.notMet());
        Map<String, PlanTarget> byId = plan.targets().stream().collect(Collectors.toMap(PlanTarget::id, Function.identity()));
        for (String missed : y2025.missed()) {
            assertEquals(CityVerdict.NOT_ACHIEVED, byId.get(missed).cityVerdict(), missed);
            assertTrue(byId.get(missed).isMain(), missed);
        }
        assertEquals(List.of("GRDP_GROWTH_2024"), plan.cityAssessment(2024).orElseThrow().missed());
        assertTrue(plan.cityAssessment(2021).isEmpty());
    }
}
