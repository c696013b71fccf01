package org.planscore.ingest.map;

import java.util.List;

import org.planscore.ingest.SourceLocation;
import org.planscore.store.Observation;

/**
 * What one raw row became: its observations (one for a tidy row, one per figure column for a published table) and
 * the problems of the cells that could not be used. Bad rows travel to the writer as data rather than as exceptions,
 * so they are recorded in the same transaction as the good rows of their chunk. A row with observations and
 * problems (one bad cell among good ones) keeps its good figures and is also listed as rejected.
 *
 * @param locations where each observation's value sits (same order as {@code observations})
 */
public record ImportItem(int row, List<Observation> observations, List<SourceLocation> locations,
                         List<RowProblem> problems, String rawText) {

    public static ImportItem accepted(int row, Observation observation, SourceLocation location) {
        return new ImportItem(row, List.of(observation), List.of(location), List.of(), null);
    }

    public static ImportItem rejected(int row, List<RowProblem> problems, String rawText) {
        return new ImportItem(row, List.of(), List.of(), List.copyOf(problems), rawText);
    }

    /** True when some cell of the row could not be used. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The first observation (tidy rows have exactly one), or null. */
    public Observation observation() {
        return observations.isEmpty() ? null : observations.get(0);
    }
}
