package org.planscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FilesToImport.FileToImport;
import org.planscore.store.Durability;
import org.planscore.store.ImportedFile;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ObservationRepository;
import org.planscore.support.Sha256;
import org.planscore.support.StopRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports everything waiting: first files a crashed run left in processing, then the inbox. Each file is claimed
 * by an atomic move, identified by its SHA-256, imported by its own job instance, then archived or rejected. With
 * {@code planscore.import.parallel-files} above 1, the files of a run are imported side by side by the partitioned
 * job {@code importFiles}, each still by its own {@code importFile} job instance.
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
    private final Job importFilesJob;
    private final JobRepository jobRepository;
    private final FilesToImport filesToImport;
    private final int parallelFiles;
    private final StopRequests stopSignal;
    private FileNotes fileNotes;
    private final ImportLimits limits;
    private final int maxAttempts;
    private final UnfinishedRecords unfinished;

    public InboxImporter(DataFolders folders, JobOperator jobOperator, Job importFileJob,
                         ImportedFileRepository importedFiles, ObservationRepository observations,
                         RejectedRowRepository rejectedRows, Durability durability, Job importFilesJob,
                         JobRepository jobRepository, FilesToImport filesToImport,
                         @Value("${planscore.import.parallel-files:1}") int parallelFiles, StopRequests stopSignal,
                         ImportLimits limits, @Value("${planscore.import.max-attempts:3}") int maxAttempts) {
        this.stopSignal = stopSignal;
        this.limits = limits;
        this.maxAttempts = maxAttempts;
        this.folders = folders;
        this.jobOperator = jobOperator;
        this.importFileJob = importFileJob;
        this.importFilesJob = importFilesJob;
        this.jobRepository = jobRepository;
        this.filesToImport = filesToImport;
        this.parallelFiles = parallelFiles;
        this.importedFiles = importedFiles;
        this.observations = observations;
        this.rejectedRows = rejectedRows;
        this.shelf = new FileShelf(folders);
        this.unfinished = new UnfinishedRecords(folders, importedFiles, observations, rejectedRows);
        this.durability = durability;
    }

    /** What each archived file gave, noted beside it (optional: tests that build the importer by hand skip it). */
    @Autowired(required = false)
    void setFileNotes(FileNotes fileNotes) {
        this.fileNotes = fileNotes;
    }

    public List<ImportOutcome> importAll() throws IOException {
        return importAll(file -> true);
    }

    /**
     * @param ready which inbox files may be claimed now ({@code serve} waits until a file has stopped changing);
     *              files left in processing are always resumed
     */
    public List<ImportOutcome> importAll(Predicate<Path> ready) throws IOException {
        unfinished.finish();
        if (parallelFiles > 1) {
            return importAllInParallel(ready);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path leftOver : InboxClaim.waiting(folders.processing())) {
            if (stopSignal.requested()) {
                return outcomes;
            }
            log.info("Resuming {} left in processing by an earlier run", leftOver.getFileName());
            importIfReadable(leftOver, true, outcomes);
        }
        for (Path waiting : InboxClaim.waiting(folders.inbox())) {
            if (stopSignal.requested()) {
                return outcomes;
            }
            if (!ready.test(waiting)) {
                continue;
            }
            Path claimed = claim(waiting, outcomes);
            if (claimed != null) {
                importIfReadable(claimed, false, outcomes);
            }
        }
        return outcomes;
    }

    /**
     * Claims every waiting file first, then imports those not seen before with the partitioned job (one partition
     * per file, {@code planscore.import.parallel-files} at a time); each file is then shelved as it would be alone.
     */
    private List<ImportOutcome> importAllInParallel(Predicate<Path> ready) throws IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        Map<Path, Boolean> claimed = new LinkedHashMap<>();
        for (Path leftOver : InboxClaim.waiting(folders.processing())) {
            log.info("Resuming {} left in processing by an earlier run", leftOver.getFileName());
            claimed.put(leftOver, true);
        }
        for (Path waiting : InboxClaim.waiting(folders.inbox())) {
            if (ready.test(waiting)) {
                Path file = claim(waiting, outcomes);
                if (file != null) {
                    claimed.put(file, false);
                }
            }
        }
        List<FileToImport> toImport = new ArrayList<>();
        List<Path> sameContentAgain = new ArrayList<>();
        Set<String> shas = new HashSet<>();
        for (Map.Entry<Path, Boolean> entry : claimed.entrySet()) {
            Path file = entry.getKey();
            String name = file.getFileName().toString();
            String sha256 = identify(file, outcomes);
            if (sha256 == null) {
                continue;
            }
            Optional<ImportedFile> known = importedFiles.find(sha256);
            if (known.isPresent() && known.get().status() == ImportedFile.Status.IMPORTED) {
                outcomes.add(entry.getValue() ? archiveImported(file, sha256) : rejectDuplicate(file, sha256,
                        known.get()));
            } else if (!shas.add(sha256)) {
                sameContentAgain.add(file);          // shelved as a duplicate once the first copy is imported
            } else if (lastExecution(sha256, file, name).filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                    .isPresent()) {
                outcomes.add(archiveImported(file, sha256));   // imported by a run that stopped before shelving it
            } else {
                importedFiles.recordClaim(sha256, name);
                toImport.add(new FileToImport(sha256, file, name));
            }
        }
        if (!toImport.isEmpty()) {
            String why = runPartitioned(toImport);
            for (FileToImport file : toImport) {
                Optional<JobExecution> execution = lastExecution(file.sha256(), file.path(), file.name());
                outcomes.add(execution.isPresent() ? shelve(file.path(), file.sha256(), execution.get())
                        : failed(file.path(), file.sha256(), "not started: " + why));
            }
        }
        for (Path file : sameContentAgain) {
            importIfReadable(file, claimed.get(file), outcomes);
        }
        return outcomes;
    }

    /** @return why the partitioned job did not complete, or null */
    private String runPartitioned(List<FileToImport> files) {
        String key = filesToImport.register(files);
        try {
            JobExecution execution = jobOperator.start(importFilesJob, new JobParametersBuilder()
                    .addString(PartitionedImportConfiguration.FILES_KEY, key).toJobParameters());
            return execution.getStatus() == BatchStatus.COMPLETED ? null : execution.getAllFailureExceptions().stream()
                    .findFirst().map(Throwable::toString).orElse(execution.getExitStatus().getExitDescription());
        } catch (Exception e) {
            return e.toString();
        } finally {
            filesToImport.forget(key);
        }
    }

    private Optional<JobExecution> lastExecution(String sha256, Path file, String name) {
        return Optional.ofNullable(jobRepository.getLastJobExecution(ImportJobConfiguration.JOB_NAME,
                ImportJobConfiguration.parameters(sha256, file, name)));
    }

    private void importIfReadable(Path file, boolean resumed, List<ImportOutcome> outcomes) throws IOException {
        String sha256 = identify(file, outcomes);
        if (sha256 != null) {
            outcomes.add(importClaimed(file, sha256, resumed));
        }
    }

    /**
     * Moves an inbox entry into processing. An entry gone meanwhile is passed over; one that cannot be moved (a
     * sticky-bit inbox and another owner, an immutable file) gets a reason file in rejected/ and stays where it is.
     */
    private Path claim(Path waiting, List<ImportOutcome> outcomes) throws IOException {
        try {
            return InboxClaim.claim(waiting, folders);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (FileSystemException e) {
            Bilingual reason = Bilingual.of("file.cannotClaim", waiting.getFileName().toString(),
                    e.getReason() == null ? e.toString() : e.getReason());
            if (shelf.explainUnclaimable(waiting, reason)) {
                log.warn("{}: cannot be claimed, left in the inbox: {}", waiting.getFileName(), e.toString());
            }
            outcomes.add(new ImportOutcome(waiting.getFileName().toString(), null, ImportedFile.Status.REJECTED, 0, 0,
                    waiting, reason.en()));
            return null;
        }
    }

    /**
     * The claimed file's SHA-256, or null when it was refused unread: not a regular file (a link, a FIFO, a device,
     * a folder: rejected for its name, never followed), larger than the limit (refused before hashing it), or not
     * readable at all.
     */
    private String identify(Path file, List<ImportOutcome> outcomes) throws IOException {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            String kind = attributes.isSymbolicLink() ? "symbolic link / liên kết" : attributes.isDirectory()
                    ? "folder / thư mục" : "FIFO, device or socket / FIFO, thiết bị hoặc socket";
            outcomes.add(rejectUnread(file, Bilingual.of("file.notRegular", name, kind)));
            return null;
        }
        if (attributes.size() > limits.maxFileBytes()) {
            outcomes.add(rejectUnread(file, Bilingual.of("file.tooLarge", name, attributes.size() >> 20,
                    limits.maxFileBytes() >> 20)));
            return null;
        }
        try {
            return FileFacts.read(file).sha256();   // one read: the digest, and UTF-8 or not for the reader
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            outcomes.add(rejectUnread(file, Bilingual.of("file.cannotRead", name,
                    cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                            : String.valueOf(cause))));
            return null;
        }
    }

    /** Rejects a file that was never read: it has no content identity, so its record is keyed by name and time. */
    private ImportOutcome rejectUnread(Path file, Bilingual reason) throws IOException {
        String name = file.getFileName().toString();
        String key = Sha256.ofText("unread:" + name + ":" + System.nanoTime() + ":" + Instant.now());
        importedFiles.recordClaim(key, name);
        Path kept = shelf.reject(file, reason);
        log.warn("{}: rejected without being read: {}", name, reason.en());
        return finish(key, kept, ImportedFile.Status.REJECTED, 0, 0, reason.en());
    }

    private ImportOutcome importClaimed(Path file, String sha256, boolean resumed) throws IOException {
        String name = file.getFileName().toString();
        Optional<ImportedFile> known = importedFiles.find(sha256);
        if (known.isPresent() && known.get().status() == ImportedFile.Status.IMPORTED) {
            return resumed ? archiveImported(file, sha256) : rejectDuplicate(file, sha256, known.get());
        }
        importedFiles.recordClaim(sha256, name);
        try {
            JobExecution execution = jobOperator.start(importFileJob,
                    ImportJobConfiguration.parameters(sha256, file, name));
            return shelve(file, sha256, execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            // Imported by an earlier run that stopped before shelving the file.
            return archiveImported(file, sha256);
        } catch (Exception e) {
            return failed(file, sha256, describe(e));
        }
    }

    /** Archives, rejects or keeps the file for the next run, by how its import job ended. */
    private ImportOutcome shelve(Path file, String sha256, JobExecution execution) throws IOException {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return archiveImported(file, sha256);
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return failed(file, sha256, "stopped by a shutdown request after " + observations.countByFile(sha256)
                    + " rows; it resumes on the next run", false);
        }
        Optional<FileRejectedException> rejection = rejectionOf(execution);
        if (rejection.isPresent()) {
            return reject(file, sha256, rejection.get().reason(), 0);
        }
        return failed(file, sha256, execution.getAllFailureExceptions().stream().findFirst()
                .map(InboxImporter::describe).orElse(execution.getExitStatus().getExitDescription()));
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
        if (fileNotes != null) {
            fileNotes.write(archived, sha256, lastExecution(sha256, file, file.getFileName().toString())
                    .map(job -> jobRepository.getLastStepExecution(job.getJobInstance(), ImportJobConfiguration.STEP_NAME)));
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

    /**
     * Not the file's fault as far as we know (database, disk): it stays in processing and the next run tries again;
     * after {@code planscore.import.max-attempts} failures it is set aside in rejected/, so that a file that fails
     * for a reason nobody foresaw cannot fail every night. A stop by SIGTERM is not a failed attempt.
     */
    private ImportOutcome failed(Path file, String sha256, String why) throws IOException {
        return failed(file, sha256, why, true);
    }

    private ImportOutcome failed(Path file, String sha256, String why, boolean attempt) throws IOException {
        int attempts = attempt ? importedFiles.countFailure(sha256) : 0;
        if (attempt && attempts >= maxAttempts) {
            log.error("{}: import failed {} times, set aside in rejected/: {}", file.getFileName(), attempts, why);
            return reject(file, sha256, Bilingual.of("file.failedRepeatedly", file.getFileName().toString(), attempts,
                    why), (int) rejectedRows.countByFile(sha256));
        }
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
