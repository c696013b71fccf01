package org.planscore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.planscore.ingest.map.ImportItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a progress line at most every {@code interval} during a long import: rows read so far (on a restart,
 * counting those of the earlier execution), rows/s, and for a CSV file the expected total (estimated from its
 * size, once) and the time left.
 */
public class ImportProgressListener implements ItemWriteListener<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ImportProgressListener.class);

    private static final String READER_POSITION = "rawRows.read.count";

    private final String fileName;
    private final long intervalNanos;
    private final long startedAt = System.nanoTime();
    private long lastLoggedAt = startedAt;
    private long rows;
    private long expectedRows = -2; // -2: not counted yet; -1: unknown (not a text file)

    public ImportProgressListener(String fileName, Duration interval) {
        this.fileName = fileName;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void afterWrite(Chunk<? extends ImportItem> chunk) {
        rows += chunk.size();
        long now = System.nanoTime();
        if (now - lastLoggedAt < intervalNanos) {
            return;
        }
        lastLoggedAt = now;
        double seconds = Math.max((now - startedAt) / 1e9, 1e-9);
        double rate = rows / seconds;
        StepExecution step = currentStep();
        long read = step == null ? rows : Math.max(step.getReadCount(), rows);
        // The reader's own position: on a restart it includes the rows the earlier execution committed.
        Object position = step == null ? null : step.getExecutionContext().get(READER_POSITION);
        long done = position instanceof Number n ? Math.max(read, n.longValue()) : read;
        long total = expectedRows(step);
        if (total > 0 && rate > 0) {
            long left = Math.max(total - done, 0);
            log.info("{}: {} of ~{} rows read ({} %), {} rows written, {} rows/s, about {} s left", fileName, done,
                    total, Math.min(100, done * 100 / total), rows, Math.round(rate), Math.round(left / rate));
        } else {
            log.info("{}: {} rows read, {} rows written ({} rows/s)", fileName, done, rows, Math.round(rate));
        }
    }

    private static StepExecution currentStep() {
        StepContext context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution();
    }

    /**
     * Rows of a CSV file, estimated once from its size and the lines in its first megabyte (counted exactly when the
     * file is smaller): a progress estimate needs no second full read of the file; -1 for a workbook.
     */
    private long expectedRows(StepExecution step) {
        if (expectedRows != -2) {
            return expectedRows;
        }
        expectedRows = -1;
        String path = step == null ? null
                : step.getJobExecution().getJobParameters().getString(ImportJobConfiguration.FILE_PATH);
        if (path != null && path.toLowerCase().endsWith(".csv")) {
            try (InputStream in = Files.newInputStream(Path.of(path))) {
                long size = Files.size(Path.of(path));
                byte[] sample = in.readNBytes(1 << 20);
                long lines = 0;
                for (byte b : sample) {
                    if (b == '\n') {
                        lines++;
                    }
                }
                if (sample.length < size && sample.length > 0) {
                    lines = Math.round((double) lines * size / sample.length);
                }
                expectedRows = Math.max(lines - 1, 0);
            } catch (IOException e) {
                expectedRows = -1;
            }
        }
        return expectedRows;
    }
}
