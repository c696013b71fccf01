package org.planscore.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./planscore} script, run by bash from another folder, on a copy of the project whose jar is a small
 * stand-in ({@link LauncherEcho}) and whose {@code mvn} is a stand-in that records its call: when it builds, what it
 * runs, from where and with which settings. No real build happens, so the test stays fast.
 */
class LauncherFunctionalTests {

    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path temp;

    private Path home;
    private Path caller;
    private Path mvnCalls;

    @BeforeEach
    void aProjectWithABuiltJar() throws IOException {
        home = Files.createDirectories(temp.resolve("project"));
        Path script = Path.of("").toAbsolutePath().getParent().resolve("planscore");
        Files.copy(script, home.resolve("planscore"));
        home.resolve("planscore").toFile().setExecutable(true);
        for (String file : List.of("pom.xml", "pipeline/pom.xml", "pipeline/src/main/java/org/planscore/App.java",
                "pipeline/src/main/resources/application.yml", "config/plans/plan.yml", "config/sources/gso.yml",
                "config/application.yml", "data/samples/facts.csv")) {
            Files.createDirectories(home.resolve(file).getParent());
            Files.writeString(home.resolve(file), "# " + file + "\n");
        }
        try (var all = Files.walk(home)) {
            for (Path p : all.toList()) {
                touch(p, BUILT.minusSeconds(3600));
            }
        }
        writeEchoJar(home.resolve("pipeline/target/planscore.jar"), "old");
        touch(home.resolve("pipeline/target/planscore.jar"), BUILT);
        // A caller's folder with settings of its own, which must not be read.
        caller = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(caller.resolve("application.yml"), "planscore.data-dir: /caller/data\n");
        Files.createDirectories(caller.resolve("config"));
        Files.writeString(caller.resolve("config/application.yml"), "planscore.data-dir: /caller/config/data\n");
        mvnCalls = temp.resolve("mvn-calls.txt");
    }

    @Test
    void runsTheProjectFromAnotherFolderWithOnlyThePackagedAndTheProjectSettings() throws Exception {
        // when ./planscore is started from a folder with an application.yml and a config/ of its own
        Map<String, String> seen = planscore(true, "history", "--limit", "1");

        // then the project's jar runs as the project, reading settings only from the jar and <home>/config/
        assertThat(seen.get("edition")).isEqualTo("old");
        assertThat(seen.get("home")).isEqualTo(home.toRealPath().toString());
        assertThat(seen.get("config").split(",")).containsExactly("optional:classpath:/",
                "optional:classpath:/config/", "optional:file:" + home.toRealPath() + "/config/");
        assertThat(seen.get("config")).doesNotContain(caller.toString()).doesNotContain("file:./");
        assertThat(seen.get("additional")).isEqualTo("null");
        assertThat(seen.get("args")).isEqualTo("history --limit 1");
        // and a short command runs with the quick-start JVM options; nothing was built
        assertThat(seen.get("jvm")).contains("-XX:TieredStopAtLevel=1");
        assertThat(mvnCalls).doesNotExist();
    }

    @Test
    void editingPlansProfilesSamplesOrSettingsNeverBuilds() throws Exception {
        // given plans, source profiles, samples and settings edited after the build
        for (String file : List.of("config/plans/plan.yml", "config/plans/new.yml", "config/sources/gso.yml",
                "config/application.yml", "data/samples/facts.csv")) {
            Files.writeString(home.resolve(file), "# edited\n");
        }

        // when ./planscore runs
        Map<String, String> seen = planscore(true, "run");

        // then the jar in place runs, Maven is never called (these files are read at run time)
        assertThat(seen.get("edition")).isEqualTo("old");
        assertThat(mvnCalls).doesNotExist();
        // and a run with nothing waiting in the inbox is started as a short command
        assertThat(seen.get("jvm")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aRunWithAFileWaitingKeepsTheJvmsOwnCompilerForTheImport() throws Exception {
        // given a file waiting in the inbox
        Files.createDirectories(home.resolve("data/inbox"));
        Files.writeString(home.resolve("data/inbox/figures.csv"), "indicator,area,period,value\n");

        // when ./planscore run starts
        Map<String, String> seen = planscore(true, "run");

        // then the JVM keeps its optimising compiler (a long import) and nothing was built
        assertThat(seen.get("jvm")).doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(mvnCalls).doesNotExist();
    }

    @Test
    void aChangedSourceIsBuiltInATemporaryFolderAndItsJarRun() throws Exception {
        // given a Java source changed after the build, and a build that succeeds
        Files.writeString(home.resolve("pipeline/src/main/java/org/planscore/App.java"), "// changed\n");

        // when ./planscore runs
        Map<String, String> seen = planscore(true, "history");

        // then Maven was run on a copy of the project, and the new jar runs
        assertThat(Files.readString(mvnCalls)).contains("-f " + home.toRealPath() + "/pipeline/.build.");
        assertThat(seen.get("edition")).isEqualTo("new");
        try (var left = Files.list(home.resolve("pipeline"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".build."));
        }
    }

    @Test
    void aFailedBuildKeepsThePreviousJarAndSaysSo() throws Exception {
        // given a POM changed after the build, and a build that fails (offline, a compile error)
        Files.writeString(home.resolve("pipeline/pom.xml"), "<project/>\n");

        // when ./planscore runs
        List<String> stderr = new ArrayList<>();
        Map<String, String> seen = planscore(false, stderr, "history");

        // then the previous jar runs, and stderr says the build failed and the previous build is used
        assertThat(Files.readString(mvnCalls)).contains("package");
        assertThat(seen.get("edition")).isEqualTo("old");
        assertThat(String.join("\n", stderr)).contains("the build failed").contains("previous build");
        assertThat(home.resolve("pipeline/target/planscore.jar")).exists();
    }

    private Map<String, String> planscore(boolean buildSucceeds, String... args) throws Exception {
        return planscore(buildSucceeds, new ArrayList<>(), args);
    }

    /** Runs the script with bash from the caller's folder, with a stand-in mvn first on the PATH. */
    private Map<String, String> planscore(boolean buildSucceeds, List<String> stderr, String... args)
            throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path newJar = temp.resolve("new.jar");
        writeEchoJar(newJar, "new");
        Path mvn = bin.resolve("mvn");
        // Records its arguments; "builds" by copying the new jar to <-f's folder>/pipeline/target.
        Files.writeString(mvn, """
                #!/usr/bin/env bash
                echo "$*" >> '%s'
                [ "%s" = ok ] || { echo "BUILD FAILURE" >&2; exit 1; }
                while [ $# -gt 0 ]; do [ "$1" = -f ] && pom="$2"; shift; done
                mkdir -p "$(dirname "$pom")/pipeline/target"
                cp '%s' "$(dirname "$pom")/pipeline/target/planscore.jar"
                """.formatted(mvnCalls, buildSucceeds ? "ok" : "fail", newJar));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("planscore").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(caller.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("PLANSCORE_DATA_DIR");
        Path errFile = temp.resolve("stderr.txt");
        builder.redirectError(errFile.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        stderr.addAll(Files.readAllLines(errFile));
        assertThat(process.exitValue()).as("exit status; stderr: %s", stderr).isZero();
        Map<String, String> seen = new LinkedHashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> seen.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return seen;
    }

    /** A jar whose main is {@link LauncherEcho}, with {@code edition} as its implementation version. */
    private static void writeEchoJar(Path jar, String edition) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherEcho.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, edition);
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        String entry = LauncherEcho.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(partial);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherEcho.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry("org/planscore/launcher/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void touch(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }
}
