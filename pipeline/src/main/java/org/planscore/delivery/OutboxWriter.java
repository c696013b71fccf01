package org.planscore.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.planscore.support.AtomicFileWrite;

/**
 * Writes report messages as RFC 822 {@code .eml} files into the outbox folder, for someone to send by hand
 * (or for a mail client to open) when there is no SMTP server or nobody to send to.
 *
 * <p>A file appears whole or not at all: bytes go to a hidden temp file in the same folder first
 * and reach the disk before the file is named ({@link AtomicFileWrite}). An existing
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
        try {
            Files.createDirectories(outboxDir);
            return publish(bytesOf(message), stem);
        } catch (IOException | MessagingException e) {
            throw new DeliveryException("Could not write report " + stem + ".eml to the outbox "
                    + outboxDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Written whole and forced to the disk by the one atomic writer, under the first name free or same content. */
    private Path publish(byte[] bytes, String stem) throws IOException {
        int n = 1;
        while (n <= MAX_SUFFIX) {
            Path target = outboxDir.resolve(n == 1 ? stem + ".eml" : stem + "-" + n + ".eml");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && sameBytes(target, bytes)) {
                    return target;
                }
                n++;
            } else if (AtomicFileWrite.writeNew(target, out -> out.write(bytes))) {
                return target;
            }
            // else another writer took the name just now: compare with what it wrote
        }
        throw new IOException("more than " + MAX_SUFFIX + " different versions of " + stem + ".eml");
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private static byte[] bytesOf(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
