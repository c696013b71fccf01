package org.planscore.ingest;

import org.planscore.ingest.map.ImportItem;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The import step's processor: parsing and validation happen here, never in the reader, so restarts skip cheaply.
 * A figure too wide for its column is a bad row ({@link StoredWidths}).
 * A row that holds no figure to keep (a region or ministry row of a published table) is filtered out.
 */
public class SourceRowProcessor implements ItemProcessor<SourceRow, ImportItem> {

    @Override
    public ImportItem process(SourceRow row) {
        return StoredWidths.check(row.mapper().map(row.raw()));
    }
}
