package org.planscore.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.planscore.batch.InterruptedJobs;
import org.planscore.config.Plans;
import org.planscore.inbox.ImportOutcome;
import org.planscore.inbox.InboxImporter;
import org.planscore.inbox.SampleSeeder;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanValidationException;
import org.planscore.reporting.ReportRunner;
import org.planscore.store.ImportedFile;
import org.springframework.stereotype.Component;

/** {@code run}: the nightly job — import the inbox, then score and report every plan, then deliver. */
@Component
class RunCommand {

    private final InterruptedJobs interruptedJobs;
    private final SampleSeeder seeder;
    private final InboxImporter importer;
    private final Plans plans;
    private final ReportRunner reports;

    RunCommand(InterruptedJobs interruptedJobs, SampleSeeder seeder, InboxImporter importer, Plans plans,
               ReportRunner reports) {
        this.interruptedJobs = interruptedJobs;
        this.seeder = seeder;
        this.importer = importer;
        this.plans = plans;
        this.reports = reports;
    }

    ExitCode run(CommandLine line, PrintStream out) throws Exception {
        line.allow("as-of", "plan", "lang").checkSharedOptions();
        LocalDate asOf = line.asOf();
        String lang = line.option("lang", "vi");
        List<Plan> chosen;
        try {
            chosen = plans.load(line.options().get("plan"));
        } catch (PlanValidationException e) {
            out.println("planscore: the plan catalogue is invalid / danh mục kế hoạch không hợp lệ:");
            out.println(e.getMessage());
            return ExitCode.CONFIG_INVALID;
        }

        interruptedJobs.recover();
        seeder.seedIfEmpty();
        List<ImportOutcome> imports = importer.importAll();
        boolean failed = imports.stream().anyMatch(ImportOutcome::failed);
        for (ImportOutcome o : imports) {
            out.printf("%-9s %s: %d rows imported, %d rejected%s%n", o.status(), o.fileName(), o.rowsImported(),
                    o.rowsRejected(), o.status() == ImportedFile.Status.REJECTED ? " — " + o.storedAt() : "");
        }
        for (Plan plan : chosen) {
            ReportRunner.Outcome outcome = reports.run(plan, asOf, lang);
            out.printf("report %s as of %s (%s): %s%n", plan.id(), asOf, lang, outcome.name().toLowerCase());
            failed |= outcome == ReportRunner.Outcome.FAILED;
        }
        return failed ? ExitCode.RUN_FAILED : ExitCode.OK;
    }
}
