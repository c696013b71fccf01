package org.planscore.ingest;

import java.nio.file.Path;

import org.planscore.store.ImportedFile;

/** What happened to one file of the inbox in a run. */
public record ImportOutcome(String fileName, String sha256, ImportedFile.Status status, int rowsImported,
                            int rowsRejected, Path storedAt, String reason) {

    public boolean failed() {
        return status == ImportedFile.Status.FAILED;
    }
}
