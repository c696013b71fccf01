package org.planscore.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.planscore.ingest.FileFacts;

/**
 * Chooses how to decode a text file: strict UTF-8 when every byte of it is valid UTF-8, else windows-1258
 * (Vietnamese Windows) or windows-1252 (see {@link #legacy}). Scanning the whole file first costs one fast
 * pass but avoids discovering a bad byte halfway through an import.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    public static Charset detect(Path file) throws IOException {
        if (Boolean.TRUE.equals(FileFacts.knownUtf8(file))) {
            return StandardCharsets.UTF_8;          // found well-formed when its digest was taken, in the same read
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, n);
                in.flip();
                if (decodeFails(decoder, in, out, false)) {
                    return legacy(file);
                }
                in.compact();
            }
            in.flip();
            return decodeFails(decoder, in, out, true) ? legacy(file) : StandardCharsets.UTF_8;
        }
    }

    /**
     * windows-1258 or windows-1252: the bytes that windows-1258 reads as combining tone marks (ì í Ì Ò Þ ò in
     * windows-1252) follow a vowel in Vietnamese text; after a consonant ("b" + ì + "nh") the file is windows-1252,
     * as the Statistics Office's PX-Web exports are (with "?" for the letters that code page lacks).
     */
    static Charset legacy(Path file) throws IOException {
        int vowel = 0;
        int other = 0;
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            int previous = ' ';
            int b;
            while ((b = stream.read()) >= 0) {
                if (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2) {
                    if ("aeiouyAEIOUY".indexOf(previous) >= 0 || previous == 0xE2 || previous == 0xEA
                            || previous == 0xF4 || previous == 0xE3 || previous == 0xF5 || previous == 0xFD
                            || previous == 0xC2 || previous == 0xCA || previous == 0xD4 || previous == 0xC3
                            || previous == 0xD5 || previous == 0xDD) {
                        vowel++;
                    } else {
                        other++;
                    }
                }
                previous = b;
            }
        }
        return other > vowel ? WINDOWS_1252 : WINDOWS_1258;
    }

    private static boolean decodeFails(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, end);
            if (result.isError()) {
                return true;
            }
            if (result.isUnderflow()) {
                return end && in.hasRemaining();
            }
        }
    }
}
