package org.planscore.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.planscore.ingest.profile.Profiles;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the raw rows of one input file, each with the mapper of its table. On restart the base class skips the
 * rows already committed by reading and discarding them, without parsing, so a row that failed validation cannot
 * stop a restart. A file with no recognisable table fails the step with a {@link FileRejectedException}.
 */
public class RawRowItemReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final Path file;
    private final String displayName;
    private final String fileSha256;
    private final Profiles profiles;
    private final ImportLimits limits;
    private final FileReading reading;
    private FileTables tables;

    /** @param reading told the file's sheets and their outcome when the file has been read to its end */
    public RawRowItemReader(Path file, String displayName, String fileSha256, Profiles profiles, ImportLimits limits,
                            FileReading reading) {
        this.reading = reading;
        this.file = file;
        this.displayName = displayName;
        this.fileSha256 = fileSha256;
        this.profiles = profiles;
        this.limits = limits;
        setName("rawRows");
    }

    @Override
    protected void doOpen() {
        tables = new FileTables(file, displayName, fileSha256, profiles, limits);
    }

    /**
     * Whatever goes wrong while reading a claimed file is the file's content (a parser's complaint, a zip part POI
     * refuses): the file is rejected with the reader's message, never failed and retried every night.
     */
    @Override
    protected SourceRow doRead() {
        try {
            SourceRow row = tables.next();
            if (row == null) {
                reading.sheets(tables.sheets());
            }
            return row;
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ContentFailure.rejection(displayName, getCurrentItemCount(), e);
        }
    }

    @Override
    protected void doClose() throws IOException {
        if (tables != null) {
            tables.close();
            tables = null;
        }
    }
}
