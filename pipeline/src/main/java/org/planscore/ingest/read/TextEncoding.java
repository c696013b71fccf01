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

/**
 * Chooses how to decode a text file: strict UTF-8 when every byte of it is valid UTF-8, else windows-1258
 * (Vietnamese Windows, which also reads plain windows-1252 text). Scanning the whole file first costs one fast
 * pass but avoids discovering a bad byte halfway through an import.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextEncoding() {
    }

    public static Charset detect(Path file) throws IOException {
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
                    return WINDOWS_1258;
                }
                in.compact();
            }
            in.flip();
            return decodeFails(decoder, in, out, true) ? WINDOWS_1258 : StandardCharsets.UTF_8;
        }
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
