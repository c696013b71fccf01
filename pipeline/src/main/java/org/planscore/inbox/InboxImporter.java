package org.planscore.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planscore.batch.ImportJobConfiguration;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.Sha256;
import org.planscore.store.Durability;
import org.planscore.store.ImportedFile;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ObservationRepository;
import org.planscore.store.RejectedRowRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * Imports everything waiting: first files a crashed run left in processing, then the inbox. Each file is claimed
 * by an atomic move, identified by its SHA-256, imported by its own job instance, then archived or rejected.
 */
@Service
public class InboxImporter {

    private static final Logger log = LoggerFactory.getLogger(InboxImporter.class);

    private final DataFolders folders;
    private final JobOperator jobOperator;
    private final Job importFileJob;
    private final ImportedFileRepository importedFiles;
    private final ObservationRepository observations;
    private final RejectedRowRepository rejectedRows;
    private final FileShelf shelf;
    private final Durability durability;

    public InboxImporter(DataFolders folders, JobOperator jobOperator, Job importFileJob,
                         ImportedFileRepository importedFiles, ObservationRepository observations,
                         RejectedRowRepository rejectedRows, Durability durability) {
        this.folders = folders;
        this.jobOperator = jobOperator;
        this.importFileJob = importFileJob;
        this.importedFiles = importedFiles;
        this.observations = observations;
        this.rejectedRows = rejectedRows;
        this.shelf = new FileShelf(folders);
        this.durability = durability;
    }

    public List<ImportOutcome> importAll() throws IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path leftOver : InboxClaim.waiting(folders.processing())) {
            log.info("Resuming {} left in processing by an earlier run", leftOver.getFileName());
            outcomes.add(importClaimed(leftOver, true));
        }
        for (Path waiting : InboxClaim.waiting(folders.inbox())) {
            Path claimed = InboxClaim.claim(waiting, folders);
            outcomes.add(importClaimed(claimed, false));
        }
        return outcomes;
    }

    private ImportOutcome importClaimed(Path file, boolean resumed) throws IOException {
        String name = file.getFileName().toString();
        String sha256 = Sha256.ofFile(file);
        Optional<ImportedFile> known = importedFiles.find(sha256);
        if (known.isPresent() && known.get().status() == ImportedFile.Status.IMPORTED) {
            return resumed ? archiveImported(file, sha256) : rejectDuplicate(file, sha256, known.get());
        }
        importedFiles.recordClaim(sha256, name);
        try {
            JobExecution execution = jobOperator.start(importFileJob, parameters(sha256, file, name));
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return archiveImported(file, sha256);
            }
            Optional<FileRejectedException> rejection = rejectionOf(execution);
            if (rejection.isPresent()) {
                return reject(file, sha256, rejection.get().reason(), 0);
            }
            return failed(file, sha256, execution.getAllFailureExceptions().stream().findFirst()
                    .map(InboxImporter::describe).orElse(execution.getExitStatus().getExitDescription()));
        } catch (JobInstanceAlreadyCompleteException e) {
            // Imported by an earlier run that stopped before shelving the file.
            return archiveImported(file, sha256);
        } catch (Exception e) {
            return failed(file, sha256, describe(e));
        }
    }

    private ImportOutcome archiveImported(Path file, String sha256) throws IOException {
        durability.flush();
        int imported = (int) observations.countByFile(sha256);
        int rejected = (int) rejectedRows.countByFile(sha256);
        if (imported == 0 && rejected > 0) {
            Path kept = shelf.reject(file, Bilingual.of("file.noGoodRows", file.getFileName().toString(), rejected,
                    file.getFileName() + ".errors.csv"));
            shelf.writeErrors(kept, rejectedRows.findByFile(sha256));
            return finish(sha256, kept, ImportedFile.Status.REJECTED, imported, rejected, "no usable row");
        }
        Path archived = shelf.archive(file);
        if (rejected > 0) {
            shelf.writeErrors(archived, rejectedRows.findByFile(sha256));
        }
        return finish(sha256, archived, ImportedFile.Status.IMPORTED, imported, rejected, null);
    }

    private ImportOutcome reject(Path file, String sha256, Bilingual reason, int rowsRejected) throws IOException {
        durability.flush();
        Path kept = shelf.reject(file, reason);
        return finish(sha256, kept, ImportedFile.Status.REJECTED, 0, rowsRejected, reason.en());
    }

    private ImportOutcome rejectDuplicate(Path file, String sha256, ImportedFile original) throws IOException {
        Bilingual reason = Bilingual.of("file.duplicate", file.getFileName().toString(), original.fileName(),
                String.valueOf(original.finishedAt()));
        Path kept = shelf.reject(file, reason);
        log.info("{}: duplicate of {} (already imported), not counted again", file.getFileName(), original.fileName());
        return new ImportOutcome(file.getFileName().toString(), sha256, ImportedFile.Status.REJECTED, 0, 0, kept,
                reason.en());
    }

    /** Not the file's fault (database, disk): it stays in processing and the next run tries again. */
    private ImportOutcome failed(Path file, String sha256, String why) {
        log.error("{}: import failed, kept in processing for the next run: {}", file.getFileName(), why);
        importedFiles.finish(sha256, ImportedFile.Status.FAILED, 0, 0, 0, why, file.toString());
        return new ImportOutcome(file.getFileName().toString(), sha256, ImportedFile.Status.FAILED, 0, 0, file, why);
    }

    private ImportOutcome finish(String sha256, Path storedAt, ImportedFile.Status status, int imported, int rejected,
                                 String reason) {
        importedFiles.finish(sha256, status, imported + rejected, imported, rejected, reason, storedAt.toString());
        log.info("{}: {} — {} rows imported, {} rows rejected → {}", storedAt.getFileName(), status, imported, rejected,
                folders.root().relativize(storedAt));
        return new ImportOutcome(storedAt.getFileName().toString(), sha256, status, imported, rejected, storedAt,
                reason);
    }

    private static JobParameters parameters(String sha256, Path file, String name) {
        return new JobParametersBuilder()
                .addString(ImportJobConfiguration.FILE_SHA256, sha256)
                .addString(ImportJobConfiguration.FILE_PATH, file.toAbsolutePath().toString(), false)
                .addString(ImportJobConfiguration.FILE_NAME, name, false)
                .toJobParameters();
    }

    /** The failure and its innermost cause, which usually names the real problem (a locked file, a bad statement). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (cause: " + root + ")";
    }

    private static Optional<FileRejectedException> rejectionOf(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof FileRejectedException rejected) {
                    return Optional.of(rejected);
                }
            }
        }
        return Optional.empty();
    }
}
