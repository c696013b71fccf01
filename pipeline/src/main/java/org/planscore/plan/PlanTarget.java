package org.planscore.plan;

import org.planscore.scoring.Direction;

/**
 * One target of a plan, as the plan catalogue states it.
 *
 * @param id          stable identifier within the plan, e.g. {@code BUDGET_REV_2025}
 * @param indicator   the indicator code whose observations measure it, e.g. {@code BUDGET_REV_TOTAL}
 * @param name        what the target is called in the report
 * @param pillar      id of the pillar it belongs to
 * @param type        what the target states
 * @param baseYear    base year b of the progress measure
 * @param targetYear  target year T
 * @param targetValue target y_T (for a range, the lower bound that decides achievement); null when none is set
 * @param targetText  the target as the plan wrote it ("12,7–13 %", "khoảng 9.500 USD"), for display
 * @param direction   desired direction
 * @param unit        unit of the indicator ("tỷ đồng", "%", …)
 * @param limit       natural limit (100 for shares), or null
 * @param area        area the target is set for, e.g. "Hải Phòng"
 * @param source      citation of the target (URL or document)
 * @param note        why this version of the target was chosen, or other context
 */
public record PlanTarget(String id, String indicator, LocalizedText name, String pillar, TargetType type,
                         int baseYear, int targetYear, Double targetValue, String targetText, Direction direction,
                         String unit, Double limit, String area, String source, String note) {
}
