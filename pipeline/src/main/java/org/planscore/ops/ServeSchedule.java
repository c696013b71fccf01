package org.planscore.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.planscore.ingest.DataFolders;
import org.planscore.ingest.ImportOutcome;
import org.planscore.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code serve}'s two schedules, on Spring's scheduler (one thread, so they never overlap): the nightly job on
 * {@code planscore.serve.cron}, and the inbox poll every {@code planscore.serve.poll-interval}, which imports a file
 * once its size and modification time have been stable for {@code planscore.serve.settle-time}. Both take the run
 * lock; while a {@code run} from cron holds it they wait for their next turn.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "planscore.serve.enabled", havingValue = "true")
public class ServeSchedule {

    private static final Logger log = LoggerFactory.getLogger(ServeSchedule.class);

    private final NightlyRun nightlyRun;
    private final Plans plans;
    private final StopSignal stopSignal;
    private final InboxWatcher watcher;
    private final ZoneId zone;
    private final List<String> langs;

    public ServeSchedule(NightlyRun nightlyRun, Plans plans, StopSignal stopSignal, DataFolders folders,
                         @Value("${planscore.serve.settle-time:10s}") Duration settle,
                         @Value("${planscore.serve.zone:}") String zone,
                         @Value("${planscore.serve.langs:vi}") List<String> langs) {
        this.nightlyRun = nightlyRun;
        this.plans = plans;
        this.stopSignal = stopSignal;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.langs = List.copyOf(langs);
        this.watcher = new InboxWatcher(folders, settle, Clock.system(this.zone));
    }

    @Scheduled(cron = "${planscore.serve.cron:0 30 5 * * *}", zone = "${planscore.serve.zone:}")
    public void nightly() {
        if (stopSignal.requested()) {
            return;
        }
        try {
            watcher.poll();
            NightlyRun.Result result = nightlyRun.run("serve: nightly", plans.load(null), LocalDate.now(zone), langs,
                    watcher::isSettled);
            if (result.blocked()) {
                log.warn("Nightly job skipped: another run is active: {}", result.blockedBy());
            }
        } catch (Exception e) {
            log.error("Nightly job failed: {}", e.toString(), e);
        }
    }

    @Scheduled(fixedDelayString = "${planscore.serve.poll-interval:2s}",
            initialDelayString = "${planscore.serve.poll-interval:2s}")
    public void watchInbox() {
        if (stopSignal.requested() || !watcher.poll()) {
            return;
        }
        try {
            NightlyRun.Result result = nightlyRun.importOnly("serve: inbox", watcher::isSettled);
            if (result.blocked()) {
                log.info("Inbox import waits: another run is active: {}", result.blockedBy());
            }
            for (ImportOutcome o : result.imports()) {
                log.info("serve: {} {}: {} rows imported, {} rejected", o.status(), o.fileName(), o.rowsImported(),
                        o.rowsRejected());
            }
        } catch (Exception e) {
            log.error("Inbox import failed: {}", e.toString(), e);
        }
    }

}
