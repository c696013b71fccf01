package org.planscore.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.planscore.ingest.map.TidyColumns;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.TableSource;
import org.planscore.ingest.read.TableSources;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the raw rows of one input file. On restart the base class skips the rows already committed by reading
 * and discarding them, without parsing, so a row that failed validation cannot stop a restart.
 */
public class RawRowItemReader extends AbstractItemCountingItemStreamItemReader<RawRow> {

    private final Path file;
    private final String displayName;
    private TableSource source;

    public RawRowItemReader(Path file, String displayName) {
        this.file = file;
        this.displayName = displayName;
        setName("rawRows");
    }

    @Override
    protected void doOpen() {
        source = TableSources.open(file, displayName, TidyColumns::isHeader);
        // The format is checked before any row is read: a file without the tidy header is rejected whole.
        TidyColumns.of(source.header(), displayName);
    }

    @Override
    protected RawRow doRead() throws IOException {
        return source.next();
    }

    @Override
    protected void doClose() throws IOException {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
