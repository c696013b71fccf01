package org.planscore.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.planscore.store.ImportedFile;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ObservationRepository;
import org.planscore.support.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process killed between moving a file to the archive (or rejected/) and recording it leaves the file's record
 * IMPORTING: a copy dropped again would then not be recognised as a duplicate, and history would show it as still
 * importing. At the start of a run such records are finished from where the file is found: archived means imported
 * (its counts are in the database), rejected means rejected. A record whose file is still in processing is left to
 * the import, which resumes it.
 */
final class UnfinishedRecords {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedRecords.class);

    private final DataFolders folders;
    private final ImportedFileRepository importedFiles;
    private final ObservationRepository observations;
    private final RejectedRowRepository rejectedRows;

    UnfinishedRecords(DataFolders folders, ImportedFileRepository importedFiles, ObservationRepository observations,
                      RejectedRowRepository rejectedRows) {
        this.folders = folders;
        this.importedFiles = importedFiles;
        this.observations = observations;
        this.rejectedRows = rejectedRows;
    }

    void finish() throws IOException {
        List<ImportedFile> unfinished = importedFiles.importing();
        if (unfinished.isEmpty()) {
            return;
        }
        for (ImportedFile record : unfinished) {
            if (find(record, List.of(folders.processing())).isPresent()) {
                continue;
            }
            Optional<Path> archived = find(record, archiveDays());
            if (archived.isPresent()) {
                int imported = (int) observations.countByFile(record.sha256());
                int rejected = (int) rejectedRows.countByFile(record.sha256());
                importedFiles.finish(record.sha256(), ImportedFile.Status.IMPORTED, imported + rejected, imported,
                        rejected, null, archived.get().toString());
                log.warn("{}: archived by a run that stopped before recording it; recorded now as imported",
                        record.fileName());
                continue;
            }
            Optional<Path> rejected = find(record, List.of(folders.rejected()));
            if (rejected.isPresent()) {
                importedFiles.finish(record.sha256(), ImportedFile.Status.REJECTED, 0, 0,
                        (int) rejectedRows.countByFile(record.sha256()), "rejected (recorded after an interruption)",
                        rejected.get().toString());
                log.warn("{}: rejected by a run that stopped before recording it; recorded now", record.fileName());
            }
        }
    }

    private List<Path> archiveDays() throws IOException {
        if (!Files.isDirectory(folders.archive())) {
            return List.of();
        }
        try (Stream<Path> days = Files.list(folders.archive())) {
            return days.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
    }

    /** The file of this record in one of the folders: same name (or a numbered variant of it) and same content. */
    private static Optional<Path> find(ImportedFile record, List<Path> folders) throws IOException {
        String name = record.fileName();
        int dot = name.lastIndexOf('.');
        String stem = FileMoves.fitting(name);
        stem = dot > 0 && stem.lastIndexOf('.') > 0 ? stem.substring(0, stem.lastIndexOf('.')) : stem;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> candidates = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                String prefix = stem;
                files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !f.getFileName().toString().endsWith(".reason.txt")
                                && !f.getFileName().toString().endsWith(".errors.csv"))
                        .forEach(candidates::add);
            }
            for (Path candidate : candidates) {
                if (Sha256.ofFile(candidate).equals(record.sha256())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
