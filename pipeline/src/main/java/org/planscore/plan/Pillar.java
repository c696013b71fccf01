package org.planscore.plan;

/** A pillar of the plan (high-tech industry, seaport-logistics, …) that groups targets in the report. */
public record Pillar(String id, LocalizedText name) {
}
