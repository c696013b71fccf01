package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.planscore.cli.ExitCode;

/**
 * Many files imported side by side ({@code planscore.import.parallel-files}): every partition creates its own
 * {@code importFile} job instance at the same moment. On PostgreSQL, Spring Batch's default SERIALIZABLE creation
 * had the server cancel some of those commits, and the file was failed for the night; none may fail.
 */
class FilesSideBySideFunctionalTests {

    private static final int FILES = 8;
    private static final int ROWS = 50;
    private static final Path ROOT = FunctionalFolders.fresh("files-side-by-side");

    @Test
    void eightFilesStartingTogetherAreAllImported() throws Exception {
        // given eight small files in the inbox and as many partitions
        Path inbox = Files.createDirectories(ROOT.resolve("data/inbox"));
        for (int f = 0; f < FILES; f++) {
            StringBuilder csv = new StringBuilder("indicator,area,period,value,unit\n");
            for (int row = 0; row < ROWS; row++) {
                csv.append("SIDE_").append(f).append(",Area ").append(row).append(",2024,").append(row).append(",%\n");
            }
            Files.writeString(inbox.resolve("side-" + f + ".csv"), csv);
        }

        // when the nightly job imports them all at once
        try (FolderApplication installed = FolderApplication.on(ROOT, "planscore.import.parallel-files=" + FILES,
                "planscore.samples.seed=false")) {
            CommandResult run = installed.run("run", "--as-of", "2025-12-31");

            // then every file is imported, none failed
            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
            for (int f = 0; f < FILES; f++) {
                assertThat(run.output()).contains("IMPORTED  side-" + f + ".csv: " + ROWS + " rows imported");
            }
        }
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM observation WHERE indicator LIKE 'SIDE_%'"))
                .isEqualTo((long) FILES * ROWS);
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'importFile'"))
                .as("one job instance per file").isEqualTo(FILES);
    }
}
