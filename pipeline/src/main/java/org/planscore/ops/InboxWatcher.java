package org.planscore.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.planscore.ingest.DataFolders;
import org.planscore.ingest.InboxClaim;

/**
 * Tells when an inbox file has stopped changing: its size and modification time unchanged for {@code settle}. Fed
 * by {@code serve}'s poll; a file being copied slowly (or saved by a spreadsheet program) is left alone until then.
 */
public class InboxWatcher {

    private final DataFolders folders;
    private final Duration settle;
    private final Clock clock;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    public InboxWatcher(DataFolders folders, Duration settle, Clock clock) {
        this.folders = folders;
        this.settle = settle;
        this.clock = clock;
    }

    /** Looks at the inbox again; true when some file has settled and can be imported. */
    public boolean poll() {
        Set<Path> present = new HashSet<>();
        boolean anySettled = false;
        for (Path file : InboxClaim.waiting(folders.inbox())) {
            present.add(file);
            Seen now = stat(file);
            if (now == null) {
                continue;
            }
            Seen before = seen.merge(file, now, (old, latest) -> old.sameAs(latest) ? old : latest);
            anySettled |= settled(before);
        }
        seen.keySet().retainAll(present);
        return anySettled;
    }

    /** Whether this file has kept its size and modification time for the settle time (as of the last poll). */
    public boolean isSettled(Path file) {
        Seen before = seen.get(file);
        Seen now = stat(file);
        return before != null && now != null && before.sameAs(now) && settled(before);
    }

    private boolean settled(Seen seen) {
        return !Duration.between(seen.since(), clock.instant()).minus(settle).isNegative();
    }

    private Seen stat(Path file) {
        try {
            return new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis(), clock.instant());
        } catch (IOException gone) {
            return null;
        }
    }

    /** A file's size and modification time, and since when they have been so. */
    private record Seen(long size, long modifiedMillis, Instant since) {
        boolean sameAs(Seen other) {
            return size == other.size && modifiedMillis == other.modifiedMillis;
        }
    }
}
