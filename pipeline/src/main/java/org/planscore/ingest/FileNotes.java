package org.planscore.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.planscore.ingest.profile.Profiles;
import org.planscore.plan.Plans;
import org.planscore.support.AtomicFileWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the analyst what an imported file gave: each sheet, the table it was read as, the figures for the plans'
 * areas, and why the other sheets were skipped. Logged, and written beside the archived copy as
 * {@code <file>.note.txt} (bilingual, written atomically). A file that gave no figure for a plan's area says so
 * plainly; it stays imported (its other figures are real data, and files imported before must not change status).
 * Writing the note never fails the import.
 */
@Component
public class FileNotes {

    private static final Logger log = LoggerFactory.getLogger(FileNotes.class);

    private final Profiles profiles;
    private final Plans plans;
    private final ImportLimits limits;

    public FileNotes(Profiles sourceProfiles, Plans plans, ImportLimits importLimits) {
        this.profiles = sourceProfiles;
        this.plans = plans;
        this.limits = importLimits;
    }

    /**
     * Writes the note of an imported file: from what its import step recorded while reading it when there is such a
     * record, else (a file imported before records were kept) by surveying the archived file. Returns the note's
     * path, or null when it could not be written.
     */
    public Path write(Path archived, String sha256, Optional<StepExecution> importStep) {
        try {
            Set<String> areas = PlanAreas.loadedFrom(plans);
            String name = archived.getFileName().toString();
            Optional<FileReading> recorded = importStep.flatMap(step -> RecordedReading.of(step, name, areas));
            FileReading reading = recorded.isPresent() ? recorded.get()
                    : FileReading.survey(archived, name, sha256, profiles, areas, limits);
            log.info("{}", reading.summary());
            Path note = archived.resolveSibling(name + ".note.txt");
            byte[] text = ('\uFEFF' + reading.note()).getBytes(StandardCharsets.UTF_8);
            AtomicFileWrite.writeAtomically(note, out -> out.write(text));
            return note;
        } catch (IOException | RuntimeException e) {
            log.warn("{}: could not write the note of what the file gave: {}", archived.getFileName(), e.toString());
            return null;
        }
    }
}
