package org.planscore.ingest.map;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.SourceLocation;

/** Why one cell of a row cannot be used, and where it is. */
public record RowProblem(SourceLocation location, String rawValue, Bilingual message) {
}
