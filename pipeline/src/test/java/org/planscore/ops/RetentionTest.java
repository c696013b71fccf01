package org.planscore.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.DataFolders;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void deletesOnlyWhatIsOlderThanTheWindowCountingFromWhenPlanScoreShelvedIt() throws IOException {
        DataFolders folders = DataFolders.under(dir.resolve("data")).create();
        Path reports = dir.resolve("reports");
        // archive folders by date: 31 days old goes, 30 days old (the window's first day) stays
        Path oldArchive = file(folders.archive().resolve("2026-02-28/old.csv"), NOW);
        Path keptArchive = file(folders.archive().resolve("2026-03-01/kept.csv"), NOW.minus(400, ChronoUnit.DAYS));
        // rejected: age from the reason file, not from the file's own (old) modification time
        Path oldRejected = file(folders.rejected().resolve("bad.csv"), NOW);
        Path oldReason = file(folders.rejected().resolve("bad.csv.reason.txt"), NOW.minus(31, ChronoUnit.DAYS));
        Path newRejected = file(folders.rejected().resolve("late.csv"), NOW.minus(900, ChronoUnit.DAYS));
        Path newReason = file(folders.rejected().resolve("late.csv.reason.txt"), NOW.minus(29, ChronoUnit.DAYS));
        // reports: by when they were written
        Path oldPdf = file(reports.resolve("2025-12-31/haiphong-2025-2025-12-31-vi.pdf"), NOW.minus(31, ChronoUnit.DAYS));
        Path newPdf = file(reports.resolve("2020-12-31/haiphong-2025-2020-12-31-vi.pdf"), NOW.minus(1, ChronoUnit.DAYS));
        Path readme = file(reports.resolve("README.md"), NOW.minus(999, ChronoUnit.DAYS));

        int deleted = new Retention(folders, reports, 30, CLOCK).apply();

        assertThat(deleted).isEqualTo(4);
        assertThat(oldArchive).doesNotExist();
        assertThat(oldArchive.getParent()).doesNotExist();
        assertThat(oldRejected).doesNotExist();
        assertThat(oldReason).doesNotExist();
        assertThat(oldPdf).doesNotExist();
        assertThat(keptArchive).exists();
        assertThat(newRejected).exists();
        assertThat(newReason).exists();
        assertThat(newPdf).exists();
        assertThat(readme).exists();
    }

    @Test
    void deletesOnlyPlanScoresOwnReportFilesThePngIncludedAndGoesOnPastAFileItCannotDelete() throws Exception {
        DataFolders folders = DataFolders.under(dir.resolve("data")).create();
        Path reports = dir.resolve("reports");
        Instant old = NOW.minus(40, ChronoUnit.DAYS);
        // PlanScore's own: the report's PDF, XLSX, page-1 PNG, email bodies, and the outbox message
        List<Path> own = List.of(
                file(reports.resolve("2025-12-31/haiphong-2025-2025-12-31-vi.pdf"), old),
                file(reports.resolve("2025-12-31/haiphong-2025-2025-12-31-vi.xlsx"), old),
                file(reports.resolve("2025-12-31/haiphong-2025-2025-12-31-vi-page1.png"), old),
                file(reports.resolve("2025-12-31/haiphong-2025-2025-12-31-vi-email.xml"), old),
                file(reports.resolve("outbox/haiphong-2025-2025-12-31-2.eml"), old));
        // someone else's files in the reports folder, as old
        List<Path> foreign = List.of(
                file(reports.resolve("2025-12-31/minutes-of-the-meeting.pdf"), old),
                file(reports.resolve("budget.xlsx"), old),
                file(reports.resolve("archive/2025/haiphong-2025-2025-12-31-vi.pdf"), old));
        // an own report that cannot be deleted (immutable: even root cannot remove it)
        Path stuck = file(reports.resolve("2025-12-30/haiphong-2025-2025-12-30-vi.pdf"), old);
        boolean immutable = new ProcessBuilder("chattr", "+i", stuck.toString()).start().waitFor() == 0;
        // a rejected folder (dropped into the inbox, rejected as not a file): deleted with what it holds
        Path folder = Files.createDirectories(folders.rejected().resolve("a-folder.csv"));
        file(folder.resolve("inside.csv"), old);
        file(folders.rejected().resolve("a-folder.csv.reason.txt"), old);
        Path laterRejected = file(folders.rejected().resolve("b.csv"), old);
        file(folders.rejected().resolve("b.csv.reason.txt"), old);

        try {
            new Retention(folders, reports, 30, CLOCK).apply();
        } finally {
            new ProcessBuilder("chattr", "-i", stuck.toString()).start().waitFor();
        }

        assertThat(own).allMatch(p -> !Files.exists(p));
        assertThat(foreign).allMatch(Files::exists);
        assertThat(folder).doesNotExist();
        assertThat(laterRejected).doesNotExist();
        if (immutable) {
            assertThat(stuck).exists();
        }
    }

    @Test
    void withoutARetentionPeriodNothingIsDeleted() throws IOException {
        DataFolders folders = DataFolders.under(dir.resolve("data")).create();
        Path old = file(folders.archive().resolve("2000-01-01/old.csv"), NOW.minus(9000, ChronoUnit.DAYS));

        assertThat(new Retention(folders, dir.resolve("reports"), null, CLOCK).apply()).isZero();
        assertThat(old).exists();
    }

    private static Path file(Path path, Instant modified) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
