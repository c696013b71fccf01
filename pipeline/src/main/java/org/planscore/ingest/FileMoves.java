package org.planscore.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.planscore.support.AtomicFileWrite;

/** Moves files without ever overwriting one: a name already taken gets a numbered suffix. */
final class FileMoves {

    private FileMoves() {
    }

    /** Moves {@code file} into {@code folder}, atomically where the file system allows, and returns where it went. */
    static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = freeName(folder, file.getFileName().toString());
        Path moved;
        try {
            moved = Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            moved = Files.move(file, target);
        }
        // The file is promised to be here (archived, rejected) once the database records it: the rename must last.
        AtomicFileWrite.syncFolder(folder);
        AtomicFileWrite.syncFolder(file.toAbsolutePath().getParent());
        return moved;
    }

    /**
     * {@code name}, or {@code name (2)}, {@code name (3)} … before the extension: the first that does not exist. A
     * name too long to take a number and a {@code .reason.txt} within the file system's 255 bytes is shortened
     * first (before the move, not found out after it).
     */
    static Path freeName(Path folder, String name) {
        name = fitting(name);
        Path candidate = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return candidate;
    }

    /** Room left in a 255-byte name for " (99999)" and the longest derived suffix (".errors.csv", ".reason.txt"). */
    static final int MAX_NAME_BYTES = 255 - 8 - 16;

    /** The name, or its stem cut at a character boundary (marked "~") so that name and extension fit. */
    static String fitting(String name) {
        if (utf8Length(name) <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int room = MAX_NAME_BYTES - utf8Length(extension) - 1;
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (utf8Length(kept.toString()) + utf8Length(next) > room) {
                break;
            }
            kept.append(next);
            i += Character.charCount(cp);
        }
        return kept + "~" + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
