package org.planscore.ingest;

import java.util.ArrayList;
import java.util.List;

import org.planscore.ingest.map.ImportItem;
import org.planscore.store.Observation;
import org.planscore.store.ObservationRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's observations and its rows with problems (as rejected rows), in the chunk's transaction. A row
 * with good and bad cells gives both.
 */
public class ImportItemWriter implements ItemWriter<ImportItem> {

    private final String fileSha256;
    private final ObservationRepository observations;
    private final RejectedRowRepository rejectedRows;
    private final FileReading reading;

    /** @param reading counts the figures written, by sheet and plan area, for the file's note */
    public ImportItemWriter(String fileSha256, ObservationRepository observations, RejectedRowRepository rejectedRows,
                            FileReading reading) {
        this.reading = reading;
        this.fileSha256 = fileSha256;
        this.observations = observations;
        this.rejectedRows = rejectedRows;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<Observation> accepted = new ArrayList<>(chunk.size());
        List<String> cells = new ArrayList<>(chunk.size());
        List<ImportItem> rejected = new ArrayList<>();
        for (ImportItem item : chunk) {
            accepted.addAll(item.observations());
            for (int i = 0; i < item.observations().size(); i++) {
                cells.add(i < item.locations().size() ? cell(item.locations().get(i)) : null);
            }
            if (item.hasProblems()) {
                rejected.add(item);
            }
            reading.count(item);
        }
        observations.upsert(accepted, cells);
        rejectedRows.upsert(fileSha256, rejected);
    }

    /** A spreadsheet cell reference ("E29") that a report can cite; null for a tidy file's column name. */
    private static String cell(SourceLocation location) {
        String column = location == null ? null : location.column();
        return column != null && CELL.matcher(column).matches() ? column : null;
    }

    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");
}
