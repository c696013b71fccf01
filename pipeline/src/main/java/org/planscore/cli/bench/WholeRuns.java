package org.planscore.cli.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planscore.support.FileTrees;

/**
 * Whole-process timings, as a user waits for them: {@code ./planscore} (the launcher, with its class-data archive and
 * JVM options) from process start to exit, beside floor processes timed the same way in the same run. Used by
 * {@link BenchCommand} for start-up (each command against a JVM that opens the same database and counts its
 * observations) and for the whole import ({@code ./planscore run} with the file in the inbox minus the same run with
 * an empty inbox).
 */
final class WholeRuns {

    static final String AS_OF = "2025-12-31";

    private final Path launcher;
    private final PrintStream err;
    private final Path logs;

    WholeRuns(Path home, Path logs, PrintStream err) {
        this.launcher = home.resolve("planscore");
        this.logs = logs;
        this.err = err;
    }

    /** The launcher next to the running application, when it is there (bench started by ./planscore). */
    static Path home() {
        String home = System.getProperty("planscore.home");
        return home != null && Files.isRegularFile(Path.of(home, "planscore")) ? Path.of(home) : null;
    }

    /**
     * {@code ./planscore run} for a whole-run measurement: the JVM's default compiler and collector whether or not the
     * inbox is empty (./planscore gives a quiet night's run C1 and the serial collector), so that the empty run
     * subtracts start-up like for like. Its wall seconds.
     */
    double wholeRun(Path dir, String heap, List<String> args) throws IOException, InterruptedException {
        return planscore(dir, "-Xmx" + heap + " -XX:TieredStopAtLevel=4 -XX:+UseG1GC", args);
    }

    /** {@code ./planscore ARGS} as a user starts it, with the launcher's own choice of JVM settings. */
    double command(Path dir, String heap, List<String> args) throws IOException, InterruptedException {
        return planscore(dir, "-Xmx" + heap, args);
    }

    /** {@code ./planscore ARGS} with the data and reports folders in {@code dir}; its wall seconds. */
    private double planscore(Path dir, String javaOptions, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(args);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PLANSCORE_DATA_DIR", dir.resolve("data").toString());
        env.put("PLANSCORE_REPORTS_DIR", dir.resolve("reports").toString());
        env.put("JAVA_OPTS", javaOptions);
        return time(command, env, String.join("-", args.subList(0, 1)), args.get(0).equals("validate") ? 1 : 0);
    }

    /** The start-up floor on the database in {@code dir}: its wall seconds. */
    double startupFloor(Path dir) throws IOException, InterruptedException {
        return time(javaCommand(StartupFloor.class, dir.resolve("data").toString()), Map.of(), "startup-floor", 0);
    }

    /** A JVM running {@code main} with this application's class path. */
    static List<String> javaCommand(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && isFatJar(Path.of(classPath))) {
            // Spring Boot's executable jar: its launcher finds the classes inside it.
            command.addAll(List.of("-cp", classPath, "-Dloader.main=" + main.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, main.getName()));
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static boolean isFatJar(Path jar) {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.getEntry("BOOT-INF/classes/") != null || zip.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh folder whose inbox holds {@code input} (none: empty inbox). */
    static Path freshRun(Path dir, Path input) throws IOException {
        FileTrees.deleteTree(dir);
        Path inbox = Files.createDirectories(dir.resolve("data").resolve("inbox"));
        if (input != null) {
            Files.copy(input, inbox.resolve(input.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private double time(List<String> command, Map<String, String> env, String name, int allowedStatus)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Path log = logs.resolve("whole-" + name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (status != 0 && status != allowedStatus) {
            err.println("bench: FAILED (exit " + status + "): " + String.join(" ", command) + " (log: " + log + ")");
            return Double.NaN;
        }
        return seconds;
    }
}
