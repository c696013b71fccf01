package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.read.TextEncoding;

/** One read gives a file's SHA-256 and whether it is UTF-8, and the reader's encoding detection reuses the latter. */
class FileFactsTest {

    @TempDir
    Path dir;

    @Test
    void theDigestIsTheFilesSha256() throws Exception {
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        Path file = Files.writeString(dir.resolve("abc.csv"), "abc");
        assertThat(FileFacts.read(file).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void wellFormedUtf8IsWhatJavasStrictDecoderAccepts() throws Exception {
        // The JDK's UTF-8 decoder, set to report errors, is the oracle for every sequence below.
        List<String> samples = List.of("", "plain ascii", "Hải Phòng, Đồ Sơn", "😀 outside the BMP",
                "c0 80", "e0 80 80", "ed a0 80", "ed 9f bf", "f0 90 80 80", "f4 8f bf bf", "f4 90 80 80",
                "f5 80 80 80", "e1 80", "80", "c2", "ff", "41 e1 bb 9d 42");
        for (String sample : samples) {
            byte[] bytes = sample.matches("([0-9a-f]{2} ?)+") ? HexFormat.ofDelimiter(" ").parseHex(sample)
                    : sample.getBytes(StandardCharsets.UTF_8);
            Path file = Files.write(dir.resolve("sample.csv"), bytes);
            assertThat(FileFacts.read(file).utf8()).as(sample).isEqualTo(strictDecoderAccepts(bytes));
        }
    }

    @Test
    void theEncodingFoundWithTheDigestSurvivesAClaimAndNotAnEdit() throws Exception {
        // given a UTF-8 file read for its digest in the inbox, then claimed (moved) to processing
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path processing = Files.createDirectories(dir.resolve("processing"));
        Path file = Files.writeString(inbox.resolve("figures.csv"), "area\nHải Phòng\n");
        FileFacts.read(file);
        Path claimed = Files.move(file, processing.resolve("figures.csv"), StandardCopyOption.ATOMIC_MOVE);

        // then the reader knows it is UTF-8 without reading it again
        assertThat(FileFacts.knownUtf8(claimed)).isTrue();
        assertThat(TextEncoding.detect(claimed)).isEqualTo(StandardCharsets.UTF_8);

        // and once the file is changed (windows-1258 bytes), nothing is assumed: detection reads it again
        Files.write(claimed, new byte[]{'H', (byte) 0xE3, 'i', '\n', 'x', 'y', 'z'});
        assertThat(FileFacts.knownUtf8(claimed)).isNull();
        assertThat(TextEncoding.detect(claimed)).isNotEqualTo(StandardCharsets.UTF_8);
    }

    private static boolean strictDecoderAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
