package org.planscore.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.scoring.Direction;

/** One broken catalogue per rule: the loader names file and line of every problem. */
class PlanCatalogueValidationTest {

    static final String FILE = "test-plan.yml";

    static final String VALID = """
            id: test-plan
            title: {vi: "Kế hoạch thử", en: "Test plan"}
            area: Hải Phòng
            pillars:
              - id: budget-investment
                name: {vi: "Thu ngân sách và đầu tư"}
              - id: society
                name: {vi: "Xã hội", en: "Society"}
            targets:
              - id: BUDGET_2025
                indicator: BUDGET_REV_TOTAL
                name: {vi: "Tổng thu ngân sách", en: "Budget revenue"}
                pillar: budget-investment
                type: level
                base_year: 2020
                target_year: 2025
                target: 118000
                target_text: "118.000 tỷ đồng"
                direction: increase
                unit: bn VND
                source: https://example.org/plan
              - id: POVERTY_2025
                indicator: POVERTY_RATE
                name: {vi: "Tỷ lệ hộ nghèo"}
                pillar: society
                type: ceiling
                base_year: 2024
                target_year: 2025
                target: 0
                direction: decrease
                unit: "%"
                limit: 100
                area: Hải Phòng cũ
                source: https://example.org/plan
                note: floor
            """;

    @TempDir
    Path dir;

    @Test
    void validCatalogueLoads() throws IOException {
        Plan plan = PlanCatalogue.load(write(VALID));
        assertEquals("test-plan", plan.id());
        assertEquals(2, plan.pillars().size());
        PlanTarget budget = plan.targets().get(0);
        assertEquals(TargetType.LEVEL, budget.type());
        assertEquals(118000.0, budget.targetValue());
        assertEquals(Direction.INCREASE, budget.direction());
        assertEquals("Hải Phòng", budget.area(), "area defaults to the plan's");
        assertNull(budget.limit());
        assertNull(budget.note());
        PlanTarget poverty = plan.targets().get(1);
        assertEquals("Hải Phòng cũ", poverty.area());
        assertEquals(100.0, poverty.limit());
        assertNull(poverty.name().en(), "en is optional");
        assertEquals("Tỷ lệ hộ nghèo", poverty.name().in(Locale.ENGLISH), "English falls back to Vietnamese");
        assertNull(plan.pillars().get(0).name().en());
    }

    @Test
    void missingRequiredField() throws IOException {
        String yaml = VALID.replace("    source: https://example.org/plan\n  - id: POVERTY_2025",
                "  - id: POVERTY_2025");
        assertErrors(yaml, line(yaml, "- id: BUDGET_2025") + ": target BUDGET_2025: missing required field 'source'");
    }

    @Test
    void blankRequiredFieldCountsAsMissing() throws IOException {
        String yaml = VALID.replace("unit: bn VND", "unit:");
        assertErrors(yaml, line(yaml, "unit:") + ": target BUDGET_2025: missing required field 'unit'");
    }

    @Test
    void missingVietnameseName() throws IOException {
        String yaml = VALID.replace("name: {vi: \"Tổng thu ngân sách\", en: \"Budget revenue\"}", "name: {en: \"Budget revenue\"}");
        assertErrors(yaml, line(yaml, "name: {en:") + ": target BUDGET_2025: missing required field 'name.vi' (the Vietnamese text)");
    }

    @Test
    void unknownType() throws IOException {
        String yaml = VALID.replace("type: level", "type: levle");
        assertErrors(yaml, line(yaml, "type: levle") + ": target BUDGET_2025: unknown type 'levle' (expected one of "
                + "level, ceiling, share, growth_avg, annual_growth, cumulative, milestone)");
    }

    @Test
    void unknownDirection() throws IOException {
        String yaml = VALID.replace("direction: increase", "direction: up");
        assertErrors(yaml, line(yaml, "direction: up") + ": target BUDGET_2025: unknown direction 'up' (expected increase or decrease)");
    }

    @Test
    void unknownPillar() throws IOException {
        String yaml = VALID.replace("pillar: budget-investment", "pillar: budget");
        assertErrors(yaml, line(yaml, "pillar: budget") + ": target BUDGET_2025: unknown pillar 'budget' "
                + "(expected one of budget-investment, society)");
    }

    @Test
    void duplicateTargetId() throws IOException {
        String yaml = VALID.replace("- id: POVERTY_2025", "- id: BUDGET_2025");
        assertErrors(yaml, line(yaml, "ceiling") - 4 + ": target BUDGET_2025: duplicate target id (first defined at line "
                + line(yaml, "- id: BUDGET_2025") + ")");
    }

    @Test
    void duplicatePillarId() throws IOException {
        String yaml = VALID.replace("- id: society", "- id: budget-investment").replace("pillar: society", "pillar: budget-investment");
        assertErrors(yaml, (line(yaml, "name: {vi: \"Xã hội\"") - 1) + ": pillar budget-investment: duplicate pillar id (first defined at line "
                + line(yaml, "- id: budget-investment") + ")");
    }

    @Test
    void targetYearBeforeBaseYear() throws IOException {
        String yaml = VALID.replace("target_year: 2025\n    target: 118000", "target_year: 2019\n    target: 118000");
        assertErrors(yaml, line(yaml, "target_year: 2019") + ": target BUDGET_2025: target_year 2019 is before base_year 2020");
    }

    @Test
    void nonNumericTarget() throws IOException {
        String yaml = VALID.replace("target: 118000", "target: \"12,7-13\"");
        assertErrors(yaml, line(yaml, "target: \"12,7-13\"") + ": target BUDGET_2025: target must be a number, got '12,7-13' "
                + "(for a range give the lower bound; keep the wording in target_text)");
    }

    @Test
    void limitMustBePositive() throws IOException {
        String zero = VALID.replace("limit: 100", "limit: 0");
        assertErrors(zero, line(zero, "limit: 0") + ": target POVERTY_2025: limit must be greater than 0, got 0");
        String negative = VALID.replace("limit: 100", "limit: -5");
        assertErrors(negative, line(negative, "limit: -5") + ": target POVERTY_2025: limit must be greater than 0, got -5");
    }

    @Test
    void nonNumericLimit() throws IOException {
        String yaml = VALID.replace("limit: 100", "limit: all");
        assertErrors(yaml, line(yaml, "limit: all") + ": target POVERTY_2025: limit must be a number, got 'all'");
    }

    @Test
    void yearMustBeAYear() throws IOException {
        String yaml = VALID.replace("base_year: 2020", "base_year: 20.5");
        assertErrors(yaml, line(yaml, "base_year: 20.5") + ": target BUDGET_2025: base_year must be a year (YYYY), got '20.5'");
    }

    @Test
    void ceilingNeedsDirectionDecrease() throws IOException {
        String yaml = VALID.replace("direction: decrease", "direction: increase");
        assertErrors(yaml, (line(yaml, "target: 0") + 1) + ": target POVERTY_2025: type ceiling (\"at most\") needs direction decrease");
    }

    @Test
    void unknownFieldIsAnErrorNotIgnored() throws IOException {
        String yaml = VALID.replace("target_text:", "taget_text:");
        assertErrors(yaml, line(yaml, "taget_text:") + ": target BUDGET_2025: unknown field 'taget_text' (known fields: area, "
                + "base_year, city_note, city_verdict, direction, due, id, indicator, limit, name, note, period_indicator, "
                + "pillar, plan, role, source, target, target_text, target_upper, target_year, type, unit)");
    }

    @Test
    void planWordingFieldsLoad() throws IOException {
        String yaml = VALID.replace("    target_text: \"118.000 tỷ đồng\"\n", """
                    target_text: "118.000–120.000 tỷ đồng"
                    target_upper: 120000
                    plan: "KH 2025"
                    city_verdict: achieved
                    city_note: {vi: "Giải thích.", en: "Explanation."}
                """);
        PlanTarget t = PlanCatalogue.load(write(yaml)).targets().get(0);
        assertEquals(120000.0, t.targetUpper());
        assertEquals("KH 2025", t.plan());
        assertEquals(CityVerdict.ACHIEVED, t.cityVerdict());
        assertEquals("Explanation.", t.cityNote().in(java.util.Locale.ENGLISH));
        assertEquals(java.time.LocalDate.of(2025, 12, 31), t.dueDate());
    }

    @Test
    void planWordingFieldsAreChecked() throws IOException {
        String yaml = VALID.replace("    target_text: \"118.000 tỷ đồng\"\n", """
                    target_upper: 100000
                    period_indicator: BUDGET_CUM
                    due: 2025-13-01
                    city_verdict: exceeded
                """);
        assertErrors(yaml,
                line(yaml, "target_upper:") + ": target BUDGET_2025: target_upper 100000 is on the wrong side of target "
                        + "118000 (target is the bound that decides achievement: the lower one when direction is "
                        + "increase, the upper one when decrease)",
                line(yaml, "period_indicator:") + ": target BUDGET_2025: period_indicator only applies to growth_avg "
                        + "and cumulative targets",
                line(yaml, "due:") + ": target BUDGET_2025: due must be a deadline (YYYY, YYYY-MM or YYYY-MM-DD, optionally after '<' for 'before'), got '2025-13-01'",
                line(yaml, "city_verdict:") + ": target BUDGET_2025: unknown city_verdict 'exceeded' (expected achieved "
                        + "or not_achieved)");
    }

    @Test
    void aTargetTheCityAssessedMayLackAValueButOthersMayNot() throws IOException {
        String withCity = VALID.replace("    target: 118000\n", "    city_verdict: not_achieved\n");
        assertNull(PlanCatalogue.load(write(withCity)).targets().get(0).targetValue());
        String without = VALID.replace("    target: 118000\n", "");
        assertErrors(without, line(without, "  - id: BUDGET_2025") + ": target BUDGET_2025: missing required field 'target'");
    }

    @Test
    void fieldTwiceInOneTarget() throws IOException {
        String yaml = VALID.replace("    unit: bn VND\n", "    unit: bn VND\n    unit: USD\n");
        assertErrors(yaml, line(yaml, "unit: USD") + ": target BUDGET_2025: field 'unit' appears twice (first at line "
                + line(yaml, "unit: bn VND") + ")");
    }

    @Test
    void missingPlanFieldsAndEmptyTargets() throws IOException {
        String yaml = "id: test-plan\ntitle: {vi: \"Thử\"}\npillars:\n  - id: society\n    name: {vi: \"Xã hội\"}\ntargets: []\n";
        assertErrors(yaml,
                "1: plan: missing required field 'area'",
                "6: plan: field 'targets' is empty: at least one entry is needed");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        String yaml = VALID.replace("    direction: increase", "    direction: [increase");
        PlanValidationException e = assertThrows(PlanValidationException.class, () -> PlanCatalogue.load(write(yaml)));
        assertEquals(1, e.errors().size());
        assertTrue(e.getMessage().startsWith(FILE + ":") && e.getMessage().contains(": not valid YAML: "), e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        assertErrors("# nothing yet\n", "1: the file is empty: expected a plan (id, title, area, pillars, targets)");
    }

    @Test
    void planIdMustMatchFileName() throws IOException {
        String yaml = VALID.replace("id: test-plan", "id: other-plan");
        assertErrors(yaml, "1: plan: id 'other-plan' does not match the file name (expected 'test-plan')");
    }

    @Test
    void everyErrorIsReportedOnePerLineInLineOrder() throws IOException {
        String yaml = VALID
                .replace("type: level", "type: levle")
                .replace("limit: 100", "limit: 0")
                .replace("target: 118000", "target: lots")
                .replace("- id: POVERTY_2025", "- id: BUDGET_2025");
        PlanValidationException e = assertThrows(PlanValidationException.class, () -> PlanCatalogue.load(write(yaml)));
        assertEquals(4, e.errors().size(), e.getMessage());
        assertEquals(String.join("\n", e.errors()), e.getMessage());
        assertEquals(List.of(
                FILE + ":" + line(yaml, "type: levle") + ": target BUDGET_2025: unknown type 'levle' (expected one of "
                        + "level, ceiling, share, growth_avg, annual_growth, cumulative, milestone)",
                FILE + ":" + line(yaml, "target: lots") + ": target BUDGET_2025: target must be a number, got 'lots' "
                        + "(for a range give the lower bound; keep the wording in target_text)",
                FILE + ":" + (line(yaml, "ceiling") - 4) + ": target BUDGET_2025: duplicate target id (first defined at line "
                        + line(yaml, "- id: BUDGET_2025") + ")",
                FILE + ":" + line(yaml, "limit: 0") + ": target BUDGET_2025: limit must be greater than 0, got 0"),
                e.errors());
    }

    @Test
    void milestoneNeedsNoTargetValue() throws IOException {
        String yaml = VALID.replace("type: level", "type: milestone").replace("    target: 118000\n", "");
        Plan plan = PlanCatalogue.load(write(yaml));
        assertNull(plan.targets().get(0).targetValue());
        String level = VALID.replace("    target: 118000\n", "");
        assertErrors(level, line(level, "- id: BUDGET_2025") + ": target BUDGET_2025: missing required field 'target'");
    }

    @Test
    void parseReadsAStreamSuchAsAClasspathResource() {
        Plan plan = PlanCatalogue.parse("plans/test.yml", new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, plan.targets().size());
        byte[] latin1 = VALID.getBytes(StandardCharsets.ISO_8859_1);
        PlanValidationException e = assertThrows(PlanValidationException.class,
                () -> PlanCatalogue.parse("plans/test.yml", new ByteArrayInputStream(latin1)));
        assertEquals(List.of("plans/test.yml:1: not valid UTF-8"), e.errors());
    }

    @Test
    void loadAllReportsEveryFileAndRejectsDuplicatePlanIds() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("plans"));
        Files.writeString(sub.resolve("a-plan.yml"), VALID.replace("id: test-plan", "id: a-plan"));
        Files.writeString(sub.resolve("b-plan.yaml"), VALID.replace("id: test-plan", "id: b-plan").replace("type: level", "type: levle"));
        Files.writeString(sub.resolve("c-plan.yml"), VALID.replace("id: test-plan", "id: c-plan").replace("unit: bn VND", "unit:"));
        Files.writeString(sub.resolve("notes.txt"), "not a plan");
        PlanValidationException e = assertThrows(PlanValidationException.class, () -> PlanCatalogue.loadAll(sub));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertTrue(e.errors().get(0).startsWith("b-plan.yaml:" + line(VALID, "type: level") + ": "), e.getMessage());
        assertTrue(e.errors().get(1).startsWith("c-plan.yml:" + line(VALID, "unit: bn VND") + ": "), e.getMessage());

        Files.delete(sub.resolve("b-plan.yaml"));
        Files.delete(sub.resolve("c-plan.yml"));
        assertEquals(List.of("a-plan"), PlanCatalogue.loadAll(sub).stream().map(Plan::id).toList());
    }

    // --- helpers ---

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(FILE), yaml, StandardCharsets.UTF_8);
    }

    private void assertErrors(String yaml, Object... expected) throws IOException {
        PlanValidationException e = assertThrows(PlanValidationException.class, () -> PlanCatalogue.load(write(yaml)));
        List<String> want = java.util.Arrays.stream(expected).map(x -> FILE + ":" + x).toList();
        assertEquals(want, e.errors());
        assertEquals(String.join("\n", want), e.getMessage());
    }

    /** 1-based number of the first line containing {@code fragment}. */
    private static int line(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + fragment);
    }
}
