package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.planscore.store.ImportedFile;
import org.planscore.store.Observation;
import org.planscore.store.ObservationRepository;
import org.planscore.store.Vintage;
import org.planscore.support.Sha256;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partitioned import job, run locally: several inbox files import side by side, one partition per file, each
 * file still by its own {@code importFile} job instance (identity = SHA-256) that restarts from its last commit.
 * Also the write path's fast INSERT falling back to MERGE when a chunk's rows are already stored.
 */
@SpringBootTest
@DirtiesContext
class PartitionedImportFunctionalTests {

    private static final Path ROOT = tempRoot();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("planscore.home", ROOT::toString);
        registry.add("planscore.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("planscore.reports-dir", () -> ROOT.resolve("reports").toString());
        registry.add("planscore.plans-dir", () -> ROOT.resolve("plans").toString());
        registry.add("planscore.import.parallel-files", () -> "3");
        registry.add("planscore.import.chunk-size", () -> "100");
    }

    @Autowired
    private InboxImporter importer;
    @Autowired
    private DataFolders folders;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private ObservationRepository observations;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @AfterAll
    static void removeFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void threeFilesImportAsThreePartitionsEachItsOwnJobInstance_andAFailedFileRestartsFromItsLastCommit()
            throws Exception {
        // given three files in the inbox; the third has, at row 252, an area the database refuses (a constraint stands
        // in for a system fault: content alone only gets rows listed as bad), so its import fails after two
        // committed chunks of 100 rows
        jdbc.execute("ALTER TABLE observation ADD CONSTRAINT partition_test CHECK (area <> 'UNWRITABLE')");
        String firstSha = Sha256.ofFile(drop("budget.csv", tidy("BUDGET", 250, null)));
        String secondSha = Sha256.ofFile(drop("trade.csv", tidy("TRADE", 300, null)));
        String thirdSha = Sha256.ofFile(drop("tourism.csv", tidy("TOURISM", 400, 250)));
        long before = observations.count();

        // when the inbox is imported with three partitions
        List<ImportOutcome> outcomes = importer.importAll();

        // then one partitioned job ran, with one partition per file named by the file's SHA-256
        JobInstance partitioned = jobRepository.getJobInstances(PartitionedImportConfiguration.JOB_NAME, 0, 10).get(0);
        JobExecution manager = jobRepository.getLastJobExecution(partitioned);
        assertThat(manager.getStepExecutions()).extracting(StepExecution::getStepName)
                .contains("importFile:" + firstSha, "importFile:" + secondSha, "importFile:" + thirdSha);
        // and the two good files are archived, each imported by its own importFile job instance
        assertThat(outcomes).extracting(ImportOutcome::status).containsExactlyInAnyOrder(
                ImportedFile.Status.IMPORTED, ImportedFile.Status.IMPORTED, ImportedFile.Status.FAILED);
        assertThat(importFileExecution(firstSha).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(importFileExecution(secondSha).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(folders.archive()).isNotEmptyDirectory();
        // and the third stays in processing with its first two chunks committed
        Path leftOver = folders.processing().resolve("tourism.csv");
        assertThat(leftOver).exists();
        assertThat(importFileExecution(thirdSha).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(observations.countByFile(thirdSha)).isEqualTo(200);
        assertThat(observations.count() - before).isEqualTo(250 + 300 + 200);

        // when the cause is fixed and the next run imports again
        jdbc.execute("ALTER TABLE observation DROP CONSTRAINT partition_test");
        List<ImportOutcome> rerun = importer.importAll();

        // then the third file's own job instance restarts from its last commit: only the 200 rows after it are read
        assertThat(rerun).extracting(ImportOutcome::status).containsExactly(ImportedFile.Status.IMPORTED);
        JobExecution restart = importFileExecution(thirdSha);
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobRepository.getJobExecutions(restart.getJobInstance())).extracting(JobExecution::getStatus)
                .containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
        assertThat(restart.getStepExecutions()).singleElement()
                .satisfies(step -> assertThat(step.getReadCount()).isEqualTo(200));
        assertThat(observations.countByFile(thirdSha)).isEqualTo(400);
        assertThat(observations.count() - before).isEqualTo(250 + 300 + 400);
    }

    @Test
    void aChunkWrittenAgainUpdatesItsRowsInsteadOfFailing() {
        // given a chunk of two observations already stored, inside a chunk transaction as the import writes them
        TransactionTemplate chunk = new TransactionTemplate(transactionManager);
        chunk.executeWithoutResult(s -> observations.upsert(List.of(figure("REPLAY_A", 1.0), figure("REPLAY_B", 2.0))));
        long before = observations.count();

        // when the same chunk comes again (a restart replaying it, or a revised file), with one value revised and a
        // new row added
        chunk.executeWithoutResult(s -> observations.upsert(
                List.of(figure("REPLAY_A", 1.5), figure("REPLAY_B", 2.0), figure("REPLAY_C", 3.0))));

        // then the stored rows are updated, the new one inserted, and nothing is duplicated
        assertThat(observations.count()).isEqualTo(before + 1);
        assertThat(observations.findByIndicator("REPLAY_A")).singleElement()
                .satisfies(o -> assertThat(o.observation().value()).isEqualTo(1.5));
        assertThat(observations.findByIndicator("REPLAY_C")).hasSize(1);
    }

    private static Observation figure(String indicator, double value) {
        return new Observation(indicator, "Hải Phòng", "2024", value, "bn VND", Vintage.OFFICIAL, "test", null, null,
                "0".repeat(64), 2);
    }

    /** The last execution of a file's own import job, found by its identity: the SHA-256 alone. */
    private JobExecution importFileExecution(String sha256) {
        return jobRepository.getLastJobExecution(ImportJobConfiguration.JOB_NAME,
                ImportJobConfiguration.parameters(sha256, Path.of("anywhere"), "any name"));
    }

    private Path drop(String name, String content) throws IOException {
        return Files.writeString(folders.inbox().resolve(name), content, StandardCharsets.UTF_8);
    }

    /** {@code rows} valid rows of one indicator; row index {@code tooLong} (0-based) gets a 300-character area. */
    private static String tidy(String indicator, int rows, Integer tooLong) {
        StringBuilder csv = new StringBuilder("indicator,area,period,value,unit\n");
        for (int i = 0; i < rows; i++) {
            String area = tooLong != null && i == tooLong ? "UNWRITABLE" : "Hải Phòng " + i;
            csv.append(indicator).append(',').append(area).append(",2024,").append(i).append(".5,bn VND\n");
        }
        return csv.toString();
    }

    private static Path tempRoot() {
        try {
            return Files.createTempDirectory("planscore-partitioned");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
