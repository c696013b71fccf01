package org.planscore.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportModels;
import org.planscore.assessment.ScoreRepository;
import org.planscore.config.PlanScoreProperties;
import org.planscore.plan.Plan;
import org.planscore.plan.Plans;
import org.planscore.render.email.ReportEmailBodies;
import org.planscore.render.pdf.PagePreview;
import org.planscore.render.pdf.PdfReportWriter;
import org.planscore.render.xlsx.XlsxScorecardWriter;
import org.planscore.store.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Scores the plan, stores the scores, and writes the PDF and the XLSX scorecard. */
@Component
public class WriteReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

    private final Plans plans;
    private final ReportModels models;
    private final ScoreRepository scores;
    private final ReportRepository reports;
    private final Path reportsDir;

    public WriteReportsTasklet(Plans plans, ReportModels models, ScoreRepository scores, ReportRepository reports,
                               PlanScoreProperties properties) {
        this.plans = plans;
        this.models = models;
        this.scores = scores;
        this.reports = reports;
        this.reportsDir = properties.reportsDir();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        write(ReportParameters.of(contribution));
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes the report of these parameters from the data now stored: also used when a pending delivery finds its
     * report's files gone and the data has not changed since.
     */
    void write(ReportParameters p) throws Exception {
        Plan plan = plans.load(p.planId()).get(0);
        ReportModel model = models.build(plan, p.asOf(), Locale.forLanguageTag(p.lang()));
        // Read before this report's scores replace any stored for the same date.
        PreviousScores previous = scores.previous(plan.id(), p.asOf());
        scores.replace(plan.id(), p.asOf(), model.targets());
        ReportFiles files = ReportFiles.of(reportsDir, plan.id(), p.asOf(), p.lang());
        Files.createDirectories(files.pdf().getParent());
        new PdfReportWriter().write(model, previous, files.pdf());
        // Page 1 as a picture next to the PDF, so a reviewer sees what the phone shows without a PDF viewer.
        PagePreview.writeFirstPage(files.pdf(), files.page1Png());
        new XlsxScorecardWriter().write(model, files.xlsx());
        // The email's words from the same model, kept with the PDF they summarise.
        StoredEmailBodies.render(new ReportEmailBodies(model, previous), p.dataVersion()).write(files.emailBodies());
        reports.recordOutput(plan.id(), p.asOf(), p.lang(), files.pdf(), files.xlsx());
        log.info("Report {} as of {} ({}): {} targets scored → {}, {}", plan.id(), p.asOf(), p.lang(),
                model.targets().size(), files.pdf(), files.xlsx().getFileName());
    }
}
