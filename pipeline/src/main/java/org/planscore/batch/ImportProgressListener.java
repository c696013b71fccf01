package org.planscore.batch;

import java.time.Duration;

import org.planscore.ingest.map.ImportItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs a progress line at most every {@code interval} during a long import: rows written so far and rows/s. */
public class ImportProgressListener implements ItemWriteListener<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ImportProgressListener.class);

    private final String fileName;
    private final long intervalNanos;
    private final long startedAt = System.nanoTime();
    private long lastLoggedAt = startedAt;
    private long rows;

    public ImportProgressListener(String fileName, Duration interval) {
        this.fileName = fileName;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void afterWrite(Chunk<? extends ImportItem> chunk) {
        rows += chunk.size();
        long now = System.nanoTime();
        if (now - lastLoggedAt >= intervalNanos) {
            lastLoggedAt = now;
            double seconds = Math.max((now - startedAt) / 1e9, 1e-9);
            log.info("{}: {} rows written ({} rows/s)", fileName, rows, Math.round(rows / seconds));
        }
    }
}
