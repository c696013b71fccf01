package org.planscore.functional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.planscore.cli.PlanScoreCli;

/**
 * {@code ./planscore} in a JVM of its own, on the test's class path, so a test can kill it as cron's host might.
 * Output lines are collected as they come.
 */
final class ChildProcessRun implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ChildProcessRun(Process process) {
        this.process = process;
        Thread pump = new Thread(this::pump, "child-output");
        pump.setDaemon(true);
        pump.start();
    }

    static ChildProcessRun start(Path root, List<String> settings, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // as ./planscore starts its short commands: C1 only and the serial collector halve a child's CPU time, which
        // on a small machine is most of a functional test's time; what the program does is the same. Unlike
        // ./planscore, no bytecode verification (as the test JVMs, see the pom): the classes are the build's own
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-BytecodeVerificationRemote"));
        command.addAll(FunctionalFolders.childSettings(root));
        command.addAll(settings);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(PlanScoreCli.class.getName());
        command.addAll(List.of(args));
        return new ChildProcessRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until a line matches, or the process ends, or the time is up; true when a line matched. */
    boolean awaitLine(Predicate<String> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive()) {
                return lines.stream().anyMatch(wanted);
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no finally block, as when the machine loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, as an init system or {@code kill PID} sends it: the run should stop gracefully. Through the process
     * handle: {@code Process.destroy()} would also close our end of its output.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("planscore did not finish in " + timeoutSeconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output lost: " + e + ")");
        }
    }
}
