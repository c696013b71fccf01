package org.planscore.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes report messages as RFC 822 {@code .eml} files into the outbox folder, for someone to send by hand
 * (or for a mail client to open) when there is no SMTP server or nobody to send to.
 *
 * <p>A file appears whole or not at all: bytes go to a hidden temp file in the same folder first. An existing
 * {@code <stem>.eml} is never replaced: identical content means it is already there, anything else goes to
 * {@code <stem>-2.eml}, {@code <stem>-3.eml}, …
 */
public final class OutboxWriter {

    private static final int MAX_SUFFIX = 1000;

    private final Path outboxDir;

    public OutboxWriter(Path outboxDir) {
        this.outboxDir = outboxDir;
    }

    public Path outboxDir() {
        return outboxDir;
    }

    /** @return the {@code .eml} file now holding this message (possibly one written earlier) */
    public Path write(MimeMessage message, String fileStem) {
        String stem = SafeNames.slug(fileStem);
        Path temp = null;
        try {
            Files.createDirectories(outboxDir);
            // Leading dot and .tmp suffix: nothing that looks for *.eml picks up a file still being written.
            temp = Files.createTempFile(outboxDir, "." + stem + "-", ".eml.tmp");
            writeDurably(temp, bytesOf(message));
            return publish(temp, stem);
        } catch (IOException | MessagingException e) {
            throw new DeliveryException("Could not write report " + stem + ".eml to the outbox "
                    + outboxDir.toAbsolutePath() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private Path publish(Path temp, String stem) throws IOException {
        int n = 1;
        while (n <= MAX_SUFFIX) {
            Path target = outboxDir.resolve(n == 1 ? stem + ".eml" : stem + "-" + n + ".eml");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.mismatch(target, temp) == -1) {
                    return target;
                }
                n++;
            } else if (claim(temp, target)) {
                return target;
            }
            // else another writer took the name just now: compare with what it wrote
        }
        throw new IOException("more than " + MAX_SUFFIX + " different versions of " + stem + ".eml");
    }

    // A hard link is atomic and fails if the name is taken, unlike rename(2) which silently replaces.
    // Where links are not possible, fall back to an atomic move right after the existence check.
    private static boolean claim(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinksHere) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return true;
    }

    private static byte[] bytesOf(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden .tmp file is harmless; the .eml is already in place or the error already reported
        }
    }
}
