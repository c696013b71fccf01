package org.planscore.store;

/**
 * How a figure that is not stored as such was derived from stored ones: by which mapping (config/mappings), what the
 * mapping says the figure means, in both languages, and how its source's rank is adjusted when two figures compete
 * for the same year (a mapped figure whose definition differs from the plan's ranks below a direct one).
 *
 * @param mapping    the mapping's id
 * @param noteVi     the one-line definition note, Vietnamese
 * @param noteEn     the same in English
 * @param rankOffset added to the rank of the source the figure came from
 */
public record Derivation(String mapping, String noteVi, String noteEn, int rankOffset) {
}
