package org.planscore.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.planscore.cli.CommandLine;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole product on the shipped catalogue and samples, on a fresh H2 file database: {@code run --as-of} for the
 * end of 2023 and of 2025, then the verdicts stored in target_score (what {@code export scores} reads).
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanVerdictsFunctionalTests {

    private static final Path HOME = temporaryFolder();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("planscore.data-dir", () -> HOME.resolve("data").toString());
        registry.add("planscore.reports-dir", () -> HOME.resolve("reports").toString());
        registry.add("planscore.plans-dir", () -> Path.of("../config/plans").toAbsolutePath().normalize().toString());
    }

    @Autowired
    Commands commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void endOf2023_onlyWhatWasKnownThen() throws Exception {
        // given the shipped plan and samples, when the report runs as of 31/12/2023
        run("2023-12-31");
        Map<String, Row> scores = scores("2023-12-31");

        // then the 2023 yearly plan is judged on its own year
        assertVerdict(scores, "GRDP_GROWTH_2023", "not_achieved", 10.34);
        assertVerdict(scores, "TOURIST_ARRIVALS_2023", "achieved", 7.9);
        // the 2022 plan too, still on 2022's figure
        assertVerdict(scores, "GRDP_GROWTH_2022", "not_achieved", 12.32);
        // the 2021–2025 term is open: forward view, no final verdict
        Row nq45 = scores.get("NQ45_GRDP_GROWTH_AVG_2025");
        assertEquals("in_progress", nq45.verdict());
        assertEquals("acceleration_needed", nq45.forwardClass());
        // later figures (2024, the merged city's 2025, the berths of July 2025) are not known yet
        assertEquals("2023", nq45.currentPeriod());
        assertEquals("in_progress", scores.get("GRDP_GROWTH_2025_MERGED").verdict());
        assertEquals("in_progress", scores.get("LACH_HUYEN_BERTHS_3_6_2025").verdict());
        assertTrue(Files.exists(HOME.resolve("reports/2023-12-31/haiphong-2025-2023-12-31-vi.pdf")));
    }

    @Test
    @Order(2)
    void endOf2025_mergedCityPlanAsTheCityAssessedIt() throws Exception {
        // given the same data, when the report runs as of 31/12/2025
        run("2025-12-31");
        Map<String, Row> scores = scores("2025-12-31");

        // then the merged city's 2025 plan: GRDP missed; revenue, investment, exports, new firms exceeded
        assertVerdict(scores, "GRDP_GROWTH_2025_MERGED", "not_achieved", 11.81);
        assertVerdict(scores, "BUDGET_REV_TOTAL_2025_MERGED", "achieved", 187766);
        assertVerdict(scores, "TOTAL_SOCIAL_INVESTMENT_2025_MERGED", "achieved", 321000);
        assertVerdict(scores, "EXPORTS_USD_2025_MERGED", "achieved", 50.14);
        assertVerdict(scores, "NEW_ENTERPRISES_2025_MERGED", "achieved", 7200);
        // FDI, IIP, per capita, social housing: no deciding figure in the data (the report explains each)
        assertEquals("no_final_figure", scores.get("FDI_ATTRACTED_USD_2025_MERGED").verdict());
        assertEquals("no_final_figure", scores.get("IIP_GROWTH_2025_MERGED").verdict());
        assertEquals("no_final_figure", scores.get("GRDP_PER_CAPITA_VND_2025_MERGED").verdict());
        assertEquals("no_final_figure", scores.get("SOCIAL_HOUSING_2021_2025").verdict());
        // the 2021–2025 GRDP average of the former city: 11.39 %/yr against ≥ 13 %/yr, not achieved
        assertVerdict(scores, "NQ45_GRDP_GROWTH_AVG_2025", "not_achieved", 11.39);
        // a former-city target is never judged on merged-city figures
        assertEquals("no_final_figure", scores.get("BUDGET_REV_TOTAL_2025_PRE_MERGER").verdict());
        assertEquals("Hải Phòng (hợp nhất)", scores.get("BUDGET_REV_TOTAL_2025_MERGED").perimeter());
        // yearly plans 2022–2024 keep their own verdicts
        assertVerdict(scores, "GRDP_GROWTH_2024", "not_achieved", 11.01);
        assertVerdict(scores, "VA_GROWTH_IND_CONSTR_2024", "achieved", 13.8);
        assertVerdict(scores, "BUDGET_REV_TOTAL_2023", "not_achieved", 102614.53);
        // the milestone is done
        assertEquals("achieved", scores.get("LACH_HUYEN_BERTHS_3_6_2025").verdict());
    }

    @Test
    @Order(3)
    void bothEditionsStayStoredSideBySide() {
        Integer editions = jdbc.queryForObject("SELECT COUNT(DISTINCT as_of) FROM target_score", Integer.class);
        assertEquals(2, editions);
        assertEquals("in_progress", scores("2023-12-31").get("NQ45_GRDP_GROWTH_AVG_2025").verdict());
        assertEquals("not_achieved", scores("2025-12-31").get("NQ45_GRDP_GROWTH_AVG_2025").verdict());
    }

    private record Row(String verdict, Double decidingValue, String forwardClass, String currentPeriod,
                       String perimeter) {
    }

    private void run(String asOf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExitCode code = commands.execute(CommandLine.parse("run", "--as-of", asOf),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.OK, code, out.toString(StandardCharsets.UTF_8));
    }

    private Map<String, Row> scores(String asOf) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("SELECT * FROM target_score WHERE plan_id = 'haiphong-2025' AND as_of = ?", rs -> {
            rows.put(rs.getString("target_id"), new Row(rs.getString("verdict"),
                    (Double) rs.getObject("deciding_value", Double.class), rs.getString("forward_class"),
                    rs.getString("current_period"), rs.getString("perimeter")));
        }, java.sql.Date.valueOf(LocalDate.parse(asOf)));
        return rows;
    }

    private static void assertVerdict(Map<String, Row> scores, String target, String verdict, double deciding) {
        Row row = scores.get(target);
        assertEquals(verdict, row.verdict(), target);
        assertEquals(deciding, row.decidingValue(), 1e-9, target);
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("planscore-verdicts-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
