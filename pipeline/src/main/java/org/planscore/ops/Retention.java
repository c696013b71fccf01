package org.planscore.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.planscore.config.PlanScoreProperties;
import org.planscore.inbox.DataFolders;
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
 * touched.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

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
            deleted += rejected(cutoff);
            deleted += writtenBefore(reportsDir, cutoff);
        } catch (IOException e) {
            log.warn("Retention: could not clean up everything: {}", e.getMessage());
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
            if (!name.endsWith(".reason.txt") || !Files.getLastModifiedTime(reason).toInstant().isBefore(cutoff)) {
                continue;
            }
            Path file = reason.resolveSibling(name.substring(0, name.length() - ".reason.txt".length()));
            for (Path p : List.of(file, reason, file.resolveSibling(file.getFileName() + ".errors.csv"))) {
                if (Files.deleteIfExists(p)) {
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
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                boolean report = name.endsWith(".pdf") || name.endsWith(".xlsx") || name.endsWith(".eml");
                if (report && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.delete(p);
                    log.info("Retention: deleted {}", p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static int deleteTree(Path dir) throws IOException {
        int deleted = 0;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p)) {
                    deleted++;
                }
                Files.delete(p);
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
