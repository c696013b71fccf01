package org.planscore.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.planscore.store.RunLockRepository;
import org.planscore.store.RunLockRepository.Holder;
import org.planscore.support.HostName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * One run at a time, across processes and hosts: a row in the database names the holder (host, pid, since). The
 * holder renews its heartbeat every {@code planscore.lock.heartbeat}. A lock is stale, and taken over, when its
 * holder is a process of this host that no longer exists, or when its heartbeat is older than
 * {@code planscore.lock.max-age} (a holder on another host that died).
 */
@Component
public class RunLock implements DisposableBean {

    public static final String NIGHTLY = "nightly";

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final RunLockRepository repository;
    private final Duration heartbeat;
    private final Duration maxAge;
    private final String host;
    private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
    private final AtomicReference<Lease> held = new AtomicReference<>();
    private volatile Consumer<String> whenLost = why -> { };

    public RunLock(RunLockRepository repository,
                   @Value("${planscore.lock.heartbeat:30s}") Duration heartbeat,
                   @Value("${planscore.lock.max-age:10m}") Duration maxAge) {
        this.repository = repository;
        this.heartbeat = heartbeat;
        this.maxAge = maxAge;
        this.host = localHost();
        scheduler.setDaemon(true);
        scheduler.setThreadNamePrefix("run-lock-");
    }

    /** Takes the lock, or tells who holds it. */
    public Attempt tryAcquire(String command) {
        // Microseconds: what both H2 and PostgreSQL keep, so the holder compares equal when read back.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Holder me = new Holder(NIGHTLY, host, ProcessHandle.current().pid(), command, now, now);
        boolean tookOver = false;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (repository.tryInsert(me)) {
                Lease lease = new Lease(me, tookOver);
                held.set(lease);
                return new Attempt(lease, null);
            }
            Optional<Holder> current = repository.find(NIGHTLY);
            if (current.isEmpty()) {
                continue; // released between our insert and our look
            }
            Optional<String> stale = staleness(current.get());
            if (stale.isEmpty()) {
                return new Attempt(null, current.get());
            }
            if (repository.delete(current.get())) {
                log.warn("Took over a stale run lock: {} ({})", describe(current.get()), stale.get());
                tookOver = true;
            }
        }
        return new Attempt(null, repository.find(NIGHTLY).orElse(null));
    }

    /** What to do when the lock is found taken over by another process (stop at the next commit). */
    public void whenLost(Consumer<String> action) {
        this.whenLost = action;
    }

    /** Whether this process holds the lock now. */
    public boolean heldHere() {
        return held.get() != null;
    }

    /** Whether this process holds the lock, taken over from a run that stopped without releasing it. */
    public boolean heldAfterAStoppedRun() {
        Lease lease = held.get();
        return lease != null && lease.afterStoppedRun;
    }

    private Optional<String> staleness(Holder holder) {
        if (holder.host().equals(host) && ProcessHandle.of(holder.pid()).map(p -> !p.isAlive()).orElse(true)) {
            return Optional.of("process " + holder.pid() + " no longer exists on " + host);
        }
        // The database's clock, which wrote the heartbeat: another host's clock may be off from ours.
        Duration silent = Duration.between(holder.heartbeatAt(), repository.databaseNow());
        if (silent.compareTo(maxAge) > 0) {
            return Optional.of("no heartbeat for " + silent.toSeconds() + " s, more than planscore.lock.max-age "
                    + maxAge);
        }
        return Optional.empty();
    }

    public static String describe(Holder holder) {
        return "'" + holder.command() + "', pid " + holder.pid() + " on " + holder.host() + ", since "
                + holder.acquiredAt() + " (last heartbeat " + holder.heartbeatAt() + ")";
    }

    @Override
    public void destroy() {
        Lease lease = held.get();
        if (lease != null) {
            lease.close();
        }
        scheduler.close();
    }

    private static String localHost() {
        return HostName.local();
    }

    /** The outcome of {@link #tryAcquire}: a lease, or the holder that is in the way (null if it just left). */
    public record Attempt(Lease lease, Holder holder) {
        public boolean acquired() {
            return lease != null;
        }
    }

    /** The lock held by this process; closing it releases the lock. */
    public final class Lease implements AutoCloseable {

        private final Holder holder;
        private final boolean afterStoppedRun;
        private final ScheduledFuture<?> beat;

        private Lease(Holder holder, boolean afterStoppedRun) {
            this.holder = holder;
            this.afterStoppedRun = afterStoppedRun;
            this.beat = scheduler.scheduleAtFixedRate(this::beat, Instant.now().plus(heartbeat), heartbeat);
        }

        private void beat() {
            try {
                if (!repository.heartbeat(holder)) {
                    log.error("The run lock was taken over by another process; stopping at the next commit: {}",
                            describe(holder));
                    beat.cancel(false);
                    whenLost.accept("the run lock was taken over by another process");
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the run lock's heartbeat: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            if (!held.compareAndSet(this, null)) {
                return;
            }
            beat.cancel(false);
            try {
                repository.delete(holder);
            } catch (RuntimeException e) {
                log.warn("Could not release the run lock (the next run will find it stale): {}", e.getMessage());
            }
        }
    }
}
