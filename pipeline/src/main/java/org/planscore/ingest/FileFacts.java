package org.planscore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one read of a file tells: its SHA-256 (its identity, needed before its import job starts) and whether every
 * byte of it is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF; what Java's
 * strict UTF-8 decoder accepts). The second is remembered for the same file (same inode, size and modification
 * time: a claim or archive is a rename, which keeps them), so the reader's encoding detection does not read the
 * whole file again.
 */
public record FileFacts(String sha256, boolean utf8) {

    private static final int REMEMBERED = 64;
    private static final Map<Object, Boolean> UTF8 = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public static FileFacts read(Path file) {
        try {
            Object key = key(file);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Utf8Check utf8 = new Utf8Check();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    utf8.update(buffer, n);
                }
            }
            FileFacts facts = new FileFacts(HexFormat.of().formatHex(digest.digest()), utf8.wellFormed());
            if (key != null && key.equals(key(file))) {      // unchanged while it was read
                synchronized (UTF8) {
                    UTF8.put(key, facts.utf8);
                }
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** @return whether the file, unchanged since {@link #read}, is well-formed UTF-8; null when not known */
    public static Boolean knownUtf8(Path file) {
        try {
            Object key = key(file);
            synchronized (UTF8) {
                return key == null ? null : UTF8.get(key);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static Object key(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Object inode = attributes.fileKey();
        return inode == null ? null
                : java.util.List.of(inode, attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /** A streaming check of RFC 3629's well-formed byte sequences (its table 3-7 of Unicode's chapter 3). */
    static final class Utf8Check {
        private int needed;         // continuation bytes still expected
        private int low = 0x80;     // bounds of the next continuation byte (tighter after E0, ED, F0, F4)
        private int high = 0xBF;
        private boolean bad;

        void update(byte[] bytes, int length) {
            if (bad) {
                return;
            }
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (needed == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    low = 0x80;
                    high = 0xBF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        needed = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        needed = 2;
                        if (b == 0xE0) {
                            low = 0xA0;
                        } else if (b == 0xED) {
                            high = 0x9F;
                        }
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        needed = 3;
                        if (b == 0xF0) {
                            low = 0x90;
                        } else if (b == 0xF4) {
                            high = 0x8F;
                        }
                    } else {
                        bad = true;
                        return;
                    }
                } else {
                    if (b < low || b > high) {
                        bad = true;
                        return;
                    }
                    low = 0x80;
                    high = 0xBF;
                    needed--;
                }
            }
        }

        boolean wellFormed() {
            return !bad && needed == 0;
        }
    }
}
