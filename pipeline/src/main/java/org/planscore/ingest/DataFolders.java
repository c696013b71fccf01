package org.planscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of the data directory. A file moves inbox → processing → archive or rejected and is never deleted.
 */
public record DataFolders(Path root, Path inbox, Path processing, Path archive, Path rejected) {

    public static DataFolders under(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new DataFolders(r, r.resolve("inbox"), r.resolve("processing"), r.resolve("archive"),
                r.resolve("rejected"));
    }

    /** Creates the folders that do not exist yet. */
    public DataFolders create() {
        try {
            for (Path dir : new Path[]{inbox, processing, archive, rejected}) {
                Files.createDirectories(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folders under " + root, e);
        }
    }
}
