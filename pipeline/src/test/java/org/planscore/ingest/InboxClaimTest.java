package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxClaimTest {

    @TempDir
    Path inbox;

    @Test
    void theFolderReadmeAndHalfCopiedFilesAreNotWaiting() throws IOException {
        for (String name : new String[]{"README.md", "figures.csv", "copy.csv.part", ".hidden.csv", "~$open.xlsx"}) {
            Files.writeString(inbox.resolve(name), "x");
        }

        assertThat(InboxClaim.waiting(inbox)).extracting(p -> p.getFileName().toString())
                .containsExactly("figures.csv");
    }
}
