package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planscore.cli.ClassDataTraining;

/**
 * The training run {@code ./planscore} writes its class-data archive from loads the classes of both kinds of command
 * — {@code validate}'s workbook reader and {@code history}'s Spring, Flyway and Batch — in one JVM, ends well, and
 * leaves no file behind in the temporary folder.
 */
class ClassDataTrainingFunctionalTests {

    @Test
    void oneTrainingRunLoadsTheWorkbookReaderAndTheApplicationAndCleansUp() throws Exception {
        // given a fresh installation and a temporary folder of its own
        Path root = FunctionalFolders.fresh("class-data-training");
        Path temporary = Files.createDirectories(root.resolve("tmp"));

        // when the training runs, as ./planscore starts it after a build, listing the classes it loads
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + temporary));
        command.addAll(FunctionalFolders.childSettings(root));
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(ClassDataTraining.class.getName());
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("training.log").toFile()).start();

        // then it ends well, having loaded both commands' classes
        assertThat(training.waitFor()).as(Files.readString(root.resolve("training.log"))).isZero();
        String loaded = Files.readString(root.resolve("training.log"));
        assertThat(loaded).contains("org.planscore.ingest.read.XlsxSheetRows ")
                .contains("org.planscore.cli.ValidateCommand ")
                .contains("org.springframework.boot.SpringApplication ")
                .contains("org.flywaydb.core.Flyway ")
                .contains("org.planscore.cli.HistoryCommand ");
        // and no file of it is left (POI keeps its empty "poifiles" folder for the JVM's temporary files)
        try (Stream<Path> left = Files.walk(temporary)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
