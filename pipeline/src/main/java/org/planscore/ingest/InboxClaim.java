package org.planscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Claims inbox files for import by moving them into the processing folder. The move is atomic, so a file is
 * claimed once even if two processes look at the inbox, and a half-copied file (named *.part or *.tmp by the
 * tool copying it, or hidden) is left alone until it is complete. The folder's README.md is not an input.
 */
public final class InboxClaim {

    private InboxClaim() {
    }

    /**
     * The entries waiting in {@code folder}, by name: files, and also links, FIFOs, devices and folders, which the
     * importer rejects with a reason (without reading or following them) rather than leaving them unexplained.
     */
    public static List<Path> waiting(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(InboxClaim::isComplete).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Moves {@code file} into the processing folder; returns its new path. */
    public static Path claim(Path file, DataFolders folders) throws IOException {
        return FileMoves.moveInto(file, folders.processing());
    }

    private static boolean isComplete(Path file) {
        String name = file.getFileName().toString();
        // README.md: the folder's own explanation for analysts (tracked in git), not an input file
        return !name.equalsIgnoreCase("README.md") && !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith(".part") && !name.endsWith(".tmp")
                && !name.endsWith(".crdownload");
    }
}
