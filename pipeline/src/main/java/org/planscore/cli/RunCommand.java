package org.planscore.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.planscore.ingest.ImportOutcome;
import org.planscore.ops.NightlyRun;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanValidationException;
import org.planscore.plan.Plans;
import org.planscore.store.ImportedFile;
import org.springframework.stereotype.Component;

/**
 * {@code run}: the nightly job — import the inbox, then score and report every plan, then deliver — under the run
 * lock: while another run holds it, this one exits at once with {@link ExitCode#ANOTHER_RUN_ACTIVE}.
 */
@Component
class RunCommand {

    private final Plans plans;
    private final NightlyRun nightlyRun;

    RunCommand(Plans plans, NightlyRun nightlyRun) {
        this.plans = plans;
        this.nightlyRun = nightlyRun;
    }

    ExitCode run(CommandDefinitions.Run options, PrintStream out) throws Exception {
        LocalDate asOf = options.asOf == null ? LocalDate.now() : options.asOf;
        List<Plan> chosen;
        try {
            chosen = plans.load(options.plan);
        } catch (PlanValidationException e) {
            out.println("planscore: the plan catalogue is invalid / danh mục kế hoạch không hợp lệ:");
            out.println(e.getMessage());
            return ExitCode.CONFIG_INVALID;
        }

        NightlyRun.Result result = nightlyRun.run("run", chosen, asOf, List.of(options.lang.name()), file -> true);
        if (result.blocked()) {
            out.println("planscore: another run is active / một lần chạy khác đang hoạt động: " + result.blockedBy());
            return ExitCode.ANOTHER_RUN_ACTIVE;
        }
        for (ImportOutcome o : result.imports()) {
            out.printf("%-9s %s: %d rows imported, %d rejected%s%n", o.status(), o.fileName(), o.rowsImported(),
                    o.rowsRejected(), o.status() == ImportedFile.Status.REJECTED ? " — " + o.storedAt() : "");
        }
        for (NightlyRun.ReportLine r : result.reports()) {
            out.printf("report %s: %s%n", r.what(), r.outcome().name().toLowerCase());
        }
        if (result.deliveriesPending() > 0) {
            out.printf("%d deliveries pending: the next run sends them (./planscore history shows them)%n",
                    result.deliveriesPending());
        }
        if (result.stopped()) {
            out.println("stopped: what was not finished resumes on the next run");
        }
        return result.failed() ? ExitCode.RUN_FAILED : ExitCode.OK;
    }
}
