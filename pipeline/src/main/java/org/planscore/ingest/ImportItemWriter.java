package org.planscore.ingest;

import java.util.ArrayList;
import java.util.List;

import org.planscore.ingest.map.ImportItem;
import org.planscore.store.ObservationRepository;
import org.planscore.store.RejectedRowRepository;
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

    public ImportItemWriter(String fileSha256, ObservationRepository observations, RejectedRowRepository rejectedRows) {
        this.fileSha256 = fileSha256;
        this.observations = observations;
        this.rejectedRows = rejectedRows;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<Observation> accepted = new ArrayList<>(chunk.size());
        List<ImportItem> rejected = new ArrayList<>();
        for (ImportItem item : chunk) {
            accepted.addAll(item.observations());
            if (item.hasProblems()) {
                rejected.add(item);
            }
        }
        observations.upsert(accepted);
        rejectedRows.upsert(fileSha256, rejected);
    }
}
