package org.planscore.store;

import java.time.Instant;

/** A file claimed from the inbox, identified by its content. */
public record ImportedFile(String sha256, String fileName, Status status, int rowsRead, int rowsImported,
                           int rowsRejected, String reason, String storedPath, Instant claimedAt, Instant finishedAt) {

    public enum Status {
        /** Claimed; its import job has not finished. */
        IMPORTING,
        /** Imported (possibly with some rows rejected); archived. */
        IMPORTED,
        /** Not imported; kept in the rejected folder with a reason file. */
        REJECTED,
        /** The import failed for a reason that is not the file's fault; retried on the next run. */
        FAILED
    }
}
