package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.profile.Profiles;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.batch.test.StepScopeTestUtils;

/**
 * The import reader on restart, step by step: a step execution that resumes from the execution context its failed
 * predecessor saved at its last commit gets the rows after that commit, and the rows before it (a bad one among them)
 * are skipped without being handed out or parsed again.
 */
class RawRowItemReaderRestartTest {

    private static final String SHA256 = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void aRestartResumesAfterTheLastCommittedRowWithoutReadingTheEarlierOnesAgain() throws Exception {
        // given a tidy file of five rows (file rows 2 to 6), the second of them with a month that does not exist
        Path file = Fixtures.text(dir.resolve("exports.csv"), """
                indicator,area,period,value,unit
                EXPORTS_USD,Hải Phòng,2021,30.1,bn USD
                EXPORTS_USD,Hải Phòng,2025-13,31.2,bn USD
                EXPORTS_USD,Hải Phòng,2022,32.3,bn USD
                EXPORTS_USD,Hải Phòng,2023,33.4,bn USD
                EXPORTS_USD,Hải Phòng,2024,34.5,bn USD
                """, StandardCharsets.UTF_8);

        // and a first execution that read three rows, committed (the step saves the reader's state), then died
        ExecutionContext saved = new ExecutionContext();
        RawRowItemReader first = reader(file);
        first.open(saved);
        List<Integer> firstRows = List.of(first.read().raw().row(), first.read().raw().row(),
                first.read().raw().row());
        first.update(saved);
        first.close(); // releases the file; what a restart sees is the context saved at the commit

        // when the restart's step execution opens a new reader on that saved context, in step scope
        StepExecution restart = MetaDataInstanceFactory.createStepExecution(new ExecutionContext(saved));
        List<Integer> restartRows = StepScopeTestUtils.doInStepScope(restart, () -> {
            RawRowItemReader reader = reader(file);
            reader.open(restart.getExecutionContext());
            try {
                List<Integer> rows = new ArrayList<>();
                for (SourceRow row = reader.read(); row != null; row = reader.read()) {
                    rows.add(row.raw().row());
                }
                return rows;
            } finally {
                reader.close();
            }
        });

        // then the first execution had file rows 2-4 (the bad one included), and the restart gets only rows 5 and 6
        assertThat(firstRows).containsExactly(2, 3, 4);
        assertThat(restartRows).containsExactly(5, 6);
    }

    private static RawRowItemReader reader(Path file) {
        String name = file.getFileName().toString();
        return new RawRowItemReader(file, name, SHA256, Profiles.packaged(), ImportLimits.DEFAULTS,
                new FileReading(name, Set.of()));
    }
}
