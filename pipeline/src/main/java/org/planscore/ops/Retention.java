package org.planscore.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.planscore.config.PlanScoreProperties;
import org.planscore.ingest.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes archived and rejected input files and written reports older than {@code planscore.retention.days}; with no
 * value set (the default) nothing is ever deleted. Age is counted from when PlanScore put the file there, never from
 * the file's own date: an archived file from the name of its {@code archive/<date>/} folder, a rejected file from its
 * {@code .reason.txt}, a report or outbox message from when it was written. A file inside the window is never
 * touched, nor is any file in the reports folder that PlanScore did not write (only its own names are deleted:
 * {@code <plan>-<date>-<lang>.pdf|.xlsx|-page1.png|-email.xml} and outbox {@code <plan>-<date>[-n].eml}). A file
 * that cannot be deleted is logged and the clean-up goes on with the others.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** The names PlanScore gives reports (reporting/ReportFiles) and outbox messages (delivery/OutboxWriter). */
    private static final Pattern OWN_REPORT = Pattern.compile(
            ".+-\\d{4}-\\d{2}-\\d{2}-[A-Za-z-]{2,10}(\\.pdf|\\.xlsx|-page1\\.png|-email\\.xml)");
    private static final Pattern OWN_MESSAGE = Pattern.compile(".+-\\d{4}-\\d{2}-\\d{2}(-\\d+)?\\.eml");

    private final DataFolders folders;
    private final Path reportsDir;
    private final Integer days;
    private final Clock clock;

    @Autowired
    public Retention(DataFolders folders, PlanScoreProperties properties,
                     @Value("${planscore.retention.days:#{null}}") Integer days) {
        this(folders, properties.reportsDir(), days, Clock.systemDefaultZone());
    }

    Retention(DataFolders folders, Path reportsDir, Integer days, Clock clock) {
        this.folders = folders;
        this.reportsDir = reportsDir;
        this.days = days;
        this.clock = clock;
        if (days != null && days < 1) {
            throw new IllegalArgumentException("planscore.retention.days must be at least 1, or unset to keep everything");
        }
    }

    /** @return how many files were deleted */
    public int apply() {
        if (days == null) {
            return 0;
        }
        LocalDate firstKeptDay = LocalDate.now(clock).minusDays(days);
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        int deleted = 0;
        try {
            deleted += archive(firstKeptDay);
        } catch (IOException e) {
            log.warn("Retention: could not clean up the archive: {}", e.toString());
        }
        try {
            deleted += rejected(cutoff);
        } catch (IOException e) {
            log.warn("Retention: could not clean up rejected files: {}", e.toString());
        }
        try {
            deleted += writtenBefore(reportsDir, cutoff);
        } catch (IOException e) {
            log.warn("Retention: could not clean up reports: {}", e.toString());
        }
        if (deleted > 0) {
            log.info("Retention: deleted {} files older than {} days (planscore.retention.days)", deleted, days);
        }
        return deleted;
    }

    private int archive(LocalDate firstKeptDay) throws IOException {
        int deleted = 0;
        for (Path day : list(folders.archive())) {
            LocalDate date;
            try {
                date = LocalDate.parse(day.getFileName().toString());
            } catch (DateTimeParseException notADay) {
                continue;
            }
            if (Files.isDirectory(day) && date.isBefore(firstKeptDay)) {
                deleted += deleteTree(day);
            }
        }
        return deleted;
    }

    private int rejected(Instant cutoff) throws IOException {
        int deleted = 0;
        for (Path reason : list(folders.rejected())) {
            String name = reason.getFileName().toString();
            if (!name.endsWith(".reason.txt") || !modifiedBefore(reason, cutoff)) {
                continue;
            }
            Path file = reason.resolveSibling(name.substring(0, name.length() - ".reason.txt".length()));
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                deleted += deleteTree(file);          // a folder dropped in the inbox, rejected as not a file
            }
            for (Path p : List.of(file, reason, file.resolveSibling(file.getFileName() + ".errors.csv"))) {
                if (deleteQuietly(p)) {
                    log.info("Retention: deleted {}", folders.root().relativize(p));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private int writtenBefore(Path root, Instant cutoff) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (isOwn(p) && modifiedBefore(p, cutoff) && deleteQuietly(p)) {
                    log.info("Retention: deleted {}", p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** A report in its date's folder, or a message in the outbox, named as PlanScore names them. */
    static boolean isOwn(Path file) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        String folder = parent == null ? "" : parent.getFileName().toString();
        if (OWN_MESSAGE.matcher(name).matches() && folder.equals("outbox")) {
            return true;
        }
        return OWN_REPORT.matcher(name).matches() && folder.matches("\\d{4}-\\d{2}-\\d{2}")
                && name.contains("-" + folder + "-");
    }

    private static boolean modifiedBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /** One file that cannot be deleted must not stop the clean-up of the others: logged, and the next goes on. */
    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Retention: could not delete {}: {}", file, e.toString());
            return false;
        }
    }

    private static int deleteTree(Path dir) throws IOException {
        int deleted = 0;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                boolean file = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                if (deleteQuietly(p) && file) {
                    deleted++;
                }
            }
        }
        log.info("Retention: deleted {} ({} files)", dir, deleted);
        return deleted;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
