package org.planscore.plan;

import java.time.LocalDate;

import org.planscore.scoring.Direction;

/**
 * One target of a plan, as the plan catalogue states it.
 *
 * @param id              stable identifier within the plan, e.g. {@code BUDGET_REV_2025}
 * @param indicator       the indicator code whose observations measure it, e.g. {@code BUDGET_REV_TOTAL}
 * @param name            what the target is called in the report
 * @param pillar          id of the pillar it belongs to
 * @param type            what the target states
 * @param baseYear        base year b of the progress measure
 * @param targetYear      target year T
 * @param targetValue     target y_T (for a range or floor the bound that decides achievement); null when none is set
 * @param targetText      the target as the plan wrote it ("12,7–13 %", "khoảng 9.500 USD"), for display
 * @param direction       desired direction
 * @param unit            unit of the indicator ("tỷ đồng", "%", …)
 * @param limit           natural limit (100 for shares), or null
 * @param area            area and perimeter the target is set for, e.g. "Hải Phòng" (the former city) or
 *                        "Hải Phòng (hợp nhất)" (the merged city from 1 July 2025); only figures of the same
 *                        perimeter measure it
 * @param source          citation of the target (URL or document)
 * @param note            why this version of the target was chosen, or other context
 * @param targetUpper     the other end of a range ("12,7–13 %": 13), shown only; or null
 * @param periodIndicator an indicator reporting the period's result directly (an average growth or a running total,
 *                        e.g. {@code GRDP_GROWTH_AVG_2021_2025}), used for the total to date and the final verdict;
 *                        or null
 * @param plan            the plan or resolution within the catalogue that set it, e.g. "NQ 45-NQ/TW", "KH 2022",
 *                        "KH 2025 (hợp nhất)"; groups the yearly plans, each scored on its own; or null
 * @param due             a milestone's due date (default 31 December of the target year); null for other types
 * @param cityVerdict     how the city's own assessment judged this target (achieved / not achieved), or null
 * @param cityNote        one sentence explaining a difference between the city's assessment and ours, or null
 * @param role            main (counted and averaged), reference (shown only) or tracked (figures only, no status)
 */
public record PlanTarget(String id, String indicator, LocalizedText name, String pillar, TargetType type,
                         int baseYear, int targetYear, Double targetValue, String targetText, Direction direction,
                         String unit, Double limit, String area, String source, String note,
                         Double targetUpper, String periodIndicator, String plan, LocalDate due,
                         CityVerdict cityVerdict, LocalizedText cityNote, TargetRole role) {

    public PlanTarget {
        role = role == null ? TargetRole.MAIN : role;
    }

    /** A main target with every plan-wording field. */
    public PlanTarget(String id, String indicator, LocalizedText name, String pillar, TargetType type,
                      int baseYear, int targetYear, Double targetValue, String targetText, Direction direction,
                      String unit, Double limit, String area, String source, String note,
                      Double targetUpper, String periodIndicator, String plan, LocalDate due,
                      CityVerdict cityVerdict, LocalizedText cityNote) {
        this(id, indicator, name, pillar, type, baseYear, targetYear, targetValue, targetText, direction, unit, limit,
                area, source, note, targetUpper, periodIndicator, plan, due, cityVerdict, cityNote, TargetRole.MAIN);
    }

    /** Whether it counts in its plan's assessment (counts, means, most behind). */
    public boolean isMain() {
        return role == TargetRole.MAIN;
    }

    /** A target with none of the optional plan-wording fields (range end, period indicator, plan, due, city). */
    public PlanTarget(String id, String indicator, LocalizedText name, String pillar, TargetType type,
                      int baseYear, int targetYear, Double targetValue, String targetText, Direction direction,
                      String unit, Double limit, String area, String source, String note) {
        this(id, indicator, name, pillar, type, baseYear, targetYear, targetValue, targetText, direction, unit, limit,
                area, source, note, null, null, null, null, null, null, TargetRole.MAIN);
    }

    /** The due date of a milestone: as configured, else the last day of the target year. */
    public LocalDate dueDate() {
        return due != null ? due : LocalDate.of(targetYear, 12, 31);
    }
}
