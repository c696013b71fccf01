package org.planscore.functional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A large tidy CSV of indicator BULK, one area per row, so every row is a distinct observation. */
final class BulkFile {

    private BulkFile() {
    }

    static Path write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        // Written beside the inbox first: a run must not claim it half-written.
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("indicator,area,period,value,unit,vintage,source\n");
            for (int i = 0; i < rows; i++) {
                out.write("BULK,Area " + i + ",2024," + (i * 0.25) + ",units,official,generated for a functional test\n");
            }
        }
        return Files.move(partial, file);
    }
}
