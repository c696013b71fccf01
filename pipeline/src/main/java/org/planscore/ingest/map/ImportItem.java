package org.planscore.ingest.map;

import java.util.List;

import org.planscore.ingest.Observation;

/**
 * What one raw row became: an observation, or the problems that kept it out. Bad rows travel to the writer as
 * data rather than as exceptions, so they are recorded in the same transaction as the good rows of their chunk.
 */
public record ImportItem(int row, Observation observation, List<RowProblem> problems, String rawText) {

    public static ImportItem accepted(int row, Observation observation) {
        return new ImportItem(row, observation, List.of(), null);
    }

    public static ImportItem rejected(int row, List<RowProblem> problems, String rawText) {
        return new ImportItem(row, null, List.copyOf(problems), rawText);
    }

    public boolean isAccepted() {
        return observation != null;
    }
}
