package org.planscore.scoring;

import java.util.Objects;

/**
 * The base and the latest figure of a series were compiled under different definitions or by different bodies
 * (e.g. tourists 2022 "served by accommodation and travel establishments", Statistics Office, against 2023 by the
 * Department of Tourism). Their difference is not movement: a report says "definition changed" instead of reading
 * progress or deterioration from it.
 *
 * @param baseYear          the base figure's year
 * @param baseDefinition    its definition label, as the observation states it
 * @param latestYear        the latest figure's year
 * @param latestDefinition  its definition label
 */
public record DefinitionBreak(int baseYear, String baseDefinition, int latestYear, String latestDefinition) {

    /** A break when both figures name a definition and the two differ; null otherwise (nothing to compare). */
    public static DefinitionBreak between(int baseYear, String baseDefinition, int latestYear, String latestDefinition) {
        if (baseYear == latestYear || baseDefinition == null || latestDefinition == null
                || Objects.equals(baseDefinition.trim(), latestDefinition.trim())) {
            return null;
        }
        return new DefinitionBreak(baseYear, baseDefinition.trim(), latestYear, latestDefinition.trim());
    }
}
