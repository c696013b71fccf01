package org.planscore.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue keys of issue 14: role, milestone deadlines as plans write them, the city's yearly assessments. */
class PlanContentKeysTest {

    static final String FILE = "test-plan.yml";

    static final String PLAN = """
            id: test-plan
            title: {vi: "Kế hoạch thử"}
            area: Hải Phòng
            pillars:
              - id: p
                name: {vi: "Trụ cột"}
            city_assessments:
              - year: 2024
                met: 17
                total: 19
                missed: [GRDP_2024]
                source: https://example.org/review
                published: 2025-01-09
            targets:
              - id: GRDP_2024
                indicator: GRDP_GROWTH
                name: {vi: "Tăng trưởng GRDP"}
                pillar: p
                type: annual_growth
                base_year: 2023
                target_year: 2024
                target: 11.5
                direction: increase
                unit: "%"
                source: https://example.org/plan
              - id: GRDP_2024_SCENARIO
                indicator: GRDP_GROWTH
                name: {vi: "Kịch bản"}
                pillar: p
                type: annual_growth
                role: reference
                base_year: 2023
                target_year: 2024
                target: 11
                direction: increase
                unit: "%"
                source: https://example.org/plan
              - id: PCI
                indicator: PCI_RANK
                name: {vi: "PCI"}
                pillar: p
                type: level
                role: tracked
                base_year: 2020
                target_year: 2025
                direction: decrease
                unit: rank/63
                source: https://example.org/pci
              - id: AN_DUONG
                indicator: AN_DUONG_EFFECTIVE
                name: {vi: "Quận An Dương"}
                pillar: p
                type: milestone
                base_year: 2020
                target_year: 2024
                direction: increase
                unit: date
                due: "<2025-01-01"
                source: https://example.org/an-duong
            """;

    @TempDir
    Path dir;

    @Test
    void rolesDeadlinesAndAssessmentsAreRead() throws IOException {
        Plan plan = PlanCatalogue.load(write(PLAN));
        assertEquals(List.of(TargetRole.MAIN, TargetRole.REFERENCE, TargetRole.TRACKED, TargetRole.MAIN),
                plan.targets().stream().map(PlanTarget::role).toList());
        assertEquals(List.of("GRDP_2024", "AN_DUONG"), plan.mainTargets().stream().map(PlanTarget::id).toList());
        assertEquals(LocalDate.of(2024, 12, 31), plan.targets().get(3).dueDate());
        CityAssessment a = plan.cityAssessment(2024).orElseThrow();
        assertEquals(new CityAssessment(2024, 17, 19, List.of("GRDP_2024"), "https://example.org/review",
                LocalDate.of(2025, 1, 9), null), a);
        assertEquals(2, a.notMet());
        assertTrue(plan.cityAssessment(2023).isEmpty());
    }

    @Test
    void aPlanWithoutAssessmentsHasNone() throws IOException {
        String yaml = PLAN.substring(0, PLAN.indexOf("city_assessments:")) + PLAN.substring(PLAN.indexOf("targets:"));
        assertEquals(List.of(), PlanCatalogue.load(write(yaml)).cityAssessments());
    }

    @Test
    void anUnknownRoleIsAnError() throws IOException {
        String yaml = PLAN.replace("role: reference", "role: shown");
        assertErrors(yaml, line(yaml, "role: shown")
                + ": target GRDP_2024_SCENARIO: unknown role 'shown' (expected main, reference or tracked)");
    }

    @Test
    void aDeadlineInAnotherFormIsAnError() throws IOException {
        String yaml = PLAN.replace("due: \"<2025-01-01\"", "due: 31/12/2024");
        assertErrors(yaml, line(yaml, "due: 31/12") + ": target AN_DUONG: due must be a deadline (YYYY, YYYY-MM or"
                + " YYYY-MM-DD, optionally after '<' for 'before'), got '31/12/2024'");
    }

    @Test
    void aMissedTargetMustBeATargetOfThePlan() throws IOException {
        String yaml = PLAN.replace("missed: [GRDP_2024]", "missed: [GRDP_2O24]");
        assertErrors(yaml, line(yaml, "missed:") + ": city assessment 2024: missed: 'GRDP_2O24' is not a target id"
                + " of this plan");
    }

    @Test
    void countsMustAddUp() throws IOException {
        String yaml = PLAN.replace("met: 17", "met: 20");
        assertErrors(yaml, line(yaml, "met: 20") + ": city assessment 2024: met and total must be whole numbers with"
                + " 0 ≤ met ≤ total and total ≥ 1, got 20/19");
        String tooMany = PLAN.replace("met: 17", "met: 19");
        assertErrors(tooMany, line(tooMany, "missed:")
                + ": city assessment 2024: 1 missed targets named, but met/total says 0");
    }

    @Test
    void aYearAssessedTwiceIsAnError() throws IOException {
        String entry = PLAN.substring(PLAN.indexOf("  - year: 2024"), PLAN.indexOf("targets:"));
        String yaml = PLAN.replace("targets:", entry + "targets:");
        int second = line(yaml.substring(yaml.indexOf("published:")), "- year: 2024")
                + line(yaml, "published:") - 1;
        assertErrors(yaml, second + ": city assessment 2024: a second assessment of 2024 (first at line "
                + line(yaml, "- year: 2024") + ")");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(FILE), yaml, StandardCharsets.UTF_8);
    }

    private void assertErrors(String yaml, String... expected) throws IOException {
        PlanValidationException e = assertThrows(PlanValidationException.class, () -> PlanCatalogue.load(write(yaml)));
        assertEquals(java.util.Arrays.stream(expected).map(x -> FILE + ":" + x).toList(), e.errors());
    }

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
