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
            "SOCIAL_HOUSING_COMPLETED"        // yearly completions: only the running total since 2021 is reported
                                              // (SOCIAL_HOUSING_COMPLETED_CUM_2021, the targets' period_indicator)
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
            assertEquals(List.of("indicator", "area", "period", "value", "unit", "vintage", "source", "note", "published"),
                    csv.getHeaderNames());
            samples = csv.getRecords();
        }
    }

    @Test
    void shippedCatalogueLoadsWithoutErrors() {
        assertEquals("haiphong-2025", plan.id());
        assertEquals("Hải Phòng", plan.area());
        assertEquals(List.of("high-tech-industry", "seaport-logistics", "tourism-commerce", "budget-investment", "society"),
                plan.pillars().stream().map(Pillar::id).toList());
        assertEquals(84, plan.targets().size());
        for (PlanTarget t : plan.targets()) {
            assertNotNull(t.name().vi(), t.id());
            assertNotNull(t.name().en(), t.id());
            assertTrue(t.source().startsWith("http"), t.id() + " cites " + t.source());
            // Perimeter: a merged-city target (its note says so) is measured only by merged-city figures.
            boolean merged = t.note() != null && t.note().startsWith("MERGED city");
            assertEquals(merged ? MERGED_CITY : "Hải Phòng", t.area(), t.id());
            assertEquals(t.type() == TargetType.CEILING, t.direction() == Direction.DECREASE, t.id());
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

        PlanTarget growth = byId.get("NQ45_GRDP_GROWTH_AVG_2025");
        assertEquals(TargetType.GROWTH_AVG, growth.type());
        assertEquals(2020, growth.baseYear());
        assertEquals(2025, growth.targetYear());

        assertEquals(190000.0, range.targetUpper());
        assertEquals("GRDP_GROWTH_AVG_2021_2025", growth.periodIndicator());
        assertEquals(CityVerdict.NOT_ACHIEVED, byId.get("GRDP_GROWTH_2025_MERGED").cityVerdict());
        assertEquals("KH 2025 (hợp nhất)", merged.plan());
        PlanTarget milestone = byId.get("LACH_HUYEN_BERTHS_3_6_2025");
        assertEquals(TargetType.MILESTONE, milestone.type());
        assertEquals(java.time.LocalDate.of(2025, 12, 31), milestone.dueDate());

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
        assertEquals(143, samples.size());
        for (CSVRecord r : samples) {
            String where = SAMPLES.getFileName() + ":" + (r.getRecordNumber() + 1);
            assertTrue(r.get("indicator").matches("[A-Z][A-Z0-9_]*"), where);
            // Perimeter: figures of the merged city (note says MERGED city) carry their own area label.
            assertEquals(r.get("note").startsWith("MERGED city") ? MERGED_CITY : "Hải Phòng", r.get("area"), where);
            assertTrue(r.get("published").isEmpty() || r.get("published").matches("20\\d\\d-\\d\\d-\\d\\d"), where);
            assertTrue(r.get("period").matches("\\d{4}"), where);
            assertTrue(r.get("value").matches("\\d+(\\.\\d+)?"), where + ": value " + r.get("value"));
            assertTrue(Set.of("estimate", "official").contains(r.get("vintage")), where);
            assertTrue(!r.get("unit").isBlank() && !r.get("source").isBlank(), where);
        }
    }
}
