package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.PlanScoreApplication;
import org.planscore.ingest.profile.Profiles;
import org.planscore.plan.Plans;
import org.planscore.store.ImportedFile;
import org.planscore.store.ObservationRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run over an inbox holding real published files and hostile ones: the real files are imported through their
 * source profiles, each hostile file is rejected with its reason file, and neither stops the other.
 */
@SpringBootTest(classes = PlanScoreApplication.class)
class InboxRealFilesFunctionalTests {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("planscore.home", home::toString);
        registry.add("planscore.data-dir", () -> home.resolve("data").toString());
        registry.add("planscore.reports-dir", () -> home.resolve("reports").toString());
    }

    @Autowired
    InboxImporter importer;

    @Autowired
    DataFolders folders;

    @Autowired
    ObservationRepository observations;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Plans plans;

    @Test
    void importsTheRealFilesAndRejectsTheHostileOnes() throws IOException {
        // given an inbox with two real files and three hostile ones
        Path inbox = folders.create().inbox();
        copy("real/gso_bieu_2024-12.xlsx", inbox);
        copy("real/mof_ckns_quyettoan_2014_provinces.xls", inbox);
        Files.write(inbox.resolve("empty.csv"), new byte[0]);
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        Files.write(inbox.resolve("junk.csv"), junk);
        Files.writeString(inbox.resolve("notes.csv"), "Ghi chú\nkhông phải bảng số liệu\n");

        // when the run imports the inbox
        List<ImportOutcome> outcomes = importer.importAll();

        // then the real files are imported and each hostile file is rejected with a reason
        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.stream().filter(o -> o.status() == ImportedFile.Status.IMPORTED)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> o.status() == ImportedFile.Status.REJECTED)).hasSize(3)
                .allSatisfy(o -> assertThat(o.reason()).isNotBlank());
        assertThat(outcomes).anySatisfy(o -> assertThat(o.reason()).contains("is empty"))
                .anySatisfy(o -> assertThat(o.reason()).contains("binary"))
                .anySatisfy(o -> assertThat(o.reason()).contains("matches no source profile"));
        assertThat(observations.findByIndicator("FDI_GSO_ADJ_USD")).anySatisfy(s -> {
            assertThat(s.observation().indicator()).isEqualTo("FDI_GSO_ADJ_USD");
            assertThat(s.observation().area()).isEqualTo("Hải Phòng");
            assertThat(s.observation().period()).isEqualTo("2024");
            assertThat(s.observation().value()).isEqualTo(3731.0236365);
        });
        assertThat(observations.findByIndicator("BUDGET_REV_TOTAL")).anySatisfy(s -> {
            assertThat(s.observation().area()).isEqualTo("Hải Phòng");
            assertThat(s.observation().period()).isEqualTo("2014");
            assertThat(s.observation().value()).isEqualTo(48704.099);
            assertThat(s.observation().vintage().code()).isEqualTo("official");
        });
        // and each archived file has a note, in both languages, of what each sheet gave and why others were skipped
        ImportOutcome workbook = outcomes.stream().filter(o -> o.fileName().equals("gso_bieu_2024-12.xlsx"))
                .findFirst().orElseThrow();
        Path note = workbook.storedAt().resolveSibling("gso_bieu_2024-12.xlsx.note.txt");
        assertThat(note).exists();
        String text = Files.readString(note);
        assertThat(text).contains("Hải Phòng").contains("sheets").contains("trang")
                .contains("gso-fdi-by-locality").contains("skipped, no locality rows")
                .doesNotContain("This file gave no Hải Phòng figure");
        // and the notes come from what the import recorded while reading, and say what a survey of the file says
        for (ImportOutcome imported : outcomes.stream().filter(o -> o.status() == ImportedFile.Status.IMPORTED).toList()) {
            Path archived = imported.storedAt();
            String name = archived.getFileName().toString();
            JobExecution job = jobRepository.getLastJobExecution(ImportJobConfiguration.JOB_NAME,
                    ImportJobConfiguration.parameters(imported.sha256(), archived, name));
            StepExecution step = jobRepository.getLastStepExecution(job.getJobInstance(), ImportJobConfiguration.STEP_NAME);
            assertThat(RecordedReading.of(step, name, Set.of("Hải Phòng"))).as(name).isPresent();
            FileReading survey = FileReading.survey(archived, name, imported.sha256(), Profiles.packaged(),
                    PlanAreas.loadedFrom(plans), ImportLimits.DEFAULTS);
            assertThat(Files.readString(archived.resolveSibling(name + ".note.txt"))).as(name)
                    .isEqualTo('\uFEFF' + survey.note());
        }
        // and the stored figure says what its period covers and what kind of figure it is
        assertThat(observations.findByIndicator("STATE_BUDGET_INVEST_YOY_INDEX")).anySatisfy(s -> {
            assertThat(s.observation().area()).isEqualTo("Hải Phòng");
            assertThat(s.observation().period()).isEqualTo("2024");
            assertThat(s.observation().coverage()).isEqualTo("year");
            assertThat(s.observation().measure()).isEqualTo("yoy_index");
        });
    }

    private static void copy(String resource, Path inbox) throws IOException {
        try {
            Path source = Path.of(InboxRealFilesFunctionalTests.class.getResource("/" + resource).toURI());
            Files.copy(source, inbox.resolve(source.getFileName()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
