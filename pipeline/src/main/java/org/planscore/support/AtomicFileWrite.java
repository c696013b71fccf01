package org.planscore.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way PlanScore writes a file it promises exists (reports, reason and errors files, the outbox): the bytes
 * go to a hidden temporary file in the same folder, are forced to the disk, then the file gets its name in one step
 * and the folder itself is forced, so after a crash the file is there whole or not at all, never half-written and
 * never lost after PlanScore went on as if it were there.
 */
public final class AtomicFileWrite {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWrite() {
    }

    /** Writes {@code out}, replacing a file of that name (a report written again). */
    public static void writeAtomically(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = writeTemp(target, content);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code out} only if nothing has that name, not even a link (which is never followed): for files
     * written beside files others can drop, such as {@code x.csv.reason.txt} next to a rejected {@code x.csv}.
     *
     * @return false, writing nothing, when the name is taken
     */
    public static boolean writeNew(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = writeTemp(target, content);
        try {
            // A hard link fails if the name is taken by anything (a link included), unlike rename(2) which replaces.
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinksHere) {
            if (noHardLinksHere instanceof FileAlreadyExistsException) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel from = FileChannel.open(temp, StandardOpenOption.READ)) {
                    from.transferTo(0, from.size(), channel);
                }
                channel.force(true);
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(target.getParent());
        return true;
    }

    private static Path writeTemp(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + shortened(target.getFileName().toString()), ".part");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            OutputStream stream = Channels.newOutputStream(channel);
            content.writeTo(stream);
            stream.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** The temporary name repeats the target's, within the file system's 255-byte limit on a name. */
    private static String shortened(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** Forces the folder's entry for the new name to the disk (where a folder can be opened: not on Windows). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
