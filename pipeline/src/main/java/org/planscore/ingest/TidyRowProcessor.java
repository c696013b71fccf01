package org.planscore.ingest;

import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.TidyRowMapper;
import org.planscore.ingest.read.RawRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The import step's processor: parsing and validation happen here, never in the reader, so restarts skip cheaply. */
public class TidyRowProcessor implements ItemProcessor<RawRow, ImportItem> {

    private final TidyRowMapper mapper;

    public TidyRowProcessor(String fileSha256) {
        this.mapper = new TidyRowMapper(fileSha256);
    }

    @Override
    public ImportItem process(RawRow row) {
        return mapper.map(row);
    }
}
