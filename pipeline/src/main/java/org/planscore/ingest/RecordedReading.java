package org.planscore.ingest;

import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * What the import step read from its file (sheets and their outcome, figures written by sheet and plan area), kept
 * in the step's execution context with every chunk, so that a restarted import resumes the tally where the last
 * committed chunk left it, and the note beside the archived file is written from it without reading the file again.
 */
final class RecordedReading implements ItemStream {

    static final String KEY = "planscore.fileReading";

    private final FileReading reading;

    RecordedReading(FileReading reading) {
        this.reading = reading;
    }

    FileReading reading() {
        return reading;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(KEY)) {
            reading.decode(context.getString(KEY));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(KEY, reading.encode());
    }

    /** The reading a finished import step recorded, if it recorded one. */
    static Optional<FileReading> of(StepExecution step, String file, Set<String> planAreas) {
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(KEY)) {
            return Optional.empty();
        }
        FileReading reading = new FileReading(file, planAreas);
        reading.decode(context.getString(KEY));
        return Optional.of(reading);
    }
}
