package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planscore.ingest.profile.Profiles;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The tally an import keeps in its step's execution context gives back the same note: what a restarted import
 * resumes from, and what the note beside the archived file is written from.
 */
class RecordedReadingTest {

    @ParameterizedTest
    @ValueSource(strings = {"real/gso_bieu_2019-06.xlsx", "real/mof_ckns_dutoan_2008_provinces.xls",
            "real/gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv"})
    void theRecordedTallyGivesTheSameNote(String resource) throws IOException {
        Path file = Ingested.resource(resource);
        String name = file.getFileName().toString();
        FileReading read = FileReading.survey(file, name, "0".repeat(64), Profiles.packaged(), Set.of("Hải Phòng"),
                ImportLimits.DEFAULTS);
        ExecutionContext context = new ExecutionContext();
        new RecordedReading(read).update(context);

        RecordedReading resumed = new RecordedReading(new FileReading(name, Set.of("Hải Phòng")));
        resumed.open(context);

        assertThat(resumed.reading().note()).isEqualTo(read.note());
        assertThat(read.figuresFor("Hải Phòng")).isPositive();
    }
}
