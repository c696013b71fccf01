package org.planscore.functional;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.planscore.cli.PlanScoreCli;

/**
 * The class path of a child {@code ./planscore} JVM, with a class-data archive as {@code ./planscore} has one: the
 * application's classes as a jar (class-data sharing takes jars only), the dependencies as the tests have them, and
 * an archive made once per build by one training run, shared by every test JVM of the build. Most of a functional
 * test's time is its child JVMs starting Spring; the archive takes about a third of that off each.
 *
 * <p>What it makes lives in target/child-jvm/KEY, KEY naming the class path and the application's class files (so a
 * rebuild makes a new one); test JVMs running side by side make it under a file lock, the first one doing the work.
 * When the training run fails, children run on the jar without an archive, as fast as before.
 */
final class ChildClasses {

    private static final Path HOME = Path.of("target", "child-jvm").toAbsolutePath();
    private static final Path APPLICATION_CLASSES = Path.of("target", "classes").toAbsolutePath();
    /** Raised when what this class makes changes, so a folder made by an earlier version is not taken. */
    private static final String VERSION = "2";
    private static List<String> options;

    private ChildClasses() {
    }

    /** The JVM options that give a child its class path (and archive, once made). */
    static synchronized List<String> options() {
        if (options == null) {
            options = prepare();
        }
        return options;
    }

    private static List<String> prepare() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        try {
            Files.createDirectories(HOME);
            Path folder = HOME.resolve(key(entries));
            try (FileChannel channel = FileChannel.open(HOME.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (!Files.exists(folder.resolve("done"))) {
                    make(folder, entries);
                }
            }
            List<String> result = new ArrayList<>();
            Path archive = folder.resolve("planscore.jsa");
            if (Files.exists(archive)) {
                // quiet: a mismatch would only cost the faster start, and the child's output is what tests read
                result.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            result.addAll(List.of("-cp", classPath(folder, entries)));
            return result;
        } catch (IOException | InterruptedException e) {
            System.err.println("Child JVMs run on the test class path, without a class-data archive: " + e);
            return List.of("-cp", System.getProperty("java.class.path"));
        }
    }

    private static void make(Path folder, List<String> entries) throws IOException, InterruptedException {
        try (Stream<Path> old = Files.list(HOME)) {
            for (Path other : old.filter(Files::isDirectory).toList()) {
                FunctionalFolders.deleteRecursively(other);
            }
        }
        Files.createDirectories(folder);
        writeJar(folder.resolve("planscore.jar"));
        train(folder, classPath(folder, entries));
        Files.writeString(folder.resolve("done"), "");
    }

    /** The application's classes as one jar, then every jar of the test class path (test classes left out). */
    private static String classPath(Path folder, List<String> entries) {
        List<String> path = new ArrayList<>();
        path.add(folder.resolve("planscore.jar").toString());
        entries.stream().filter(entry -> entry.endsWith(".jar")).forEach(path::add);
        return String.join(java.io.File.pathSeparator, path);
    }

    private static void writeJar(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(APPLICATION_CLASSES)) {
            // folders too: Spring's component scan and Flyway's migrations list a package through its folder entry
            for (Path path : files.filter(path -> !path.equals(APPLICATION_CLASSES)).sorted().toList()) {
                String name = APPLICATION_CLASSES.relativize(path).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    /** A nightly run on the packaged sample, which loads what the children's commands load. */
    private static void train(Path folder, String classPath) throws IOException, InterruptedException {
        Path root = folder.resolve("training");
        Path archive = folder.resolve("planscore.jsa");
        Path partial = folder.resolve("planscore.jsa.partial");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dplanscore.data-dir=" + root.resolve("data"), "-Dplanscore.reports-dir=" + root.resolve("reports"),
                "-Dplanscore.plans-dir=" + Path.of("..", "config", "plans").toAbsolutePath().normalize(),
                "-cp", classPath, PlanScoreCli.class.getName(), "run", "--as-of", "2025-12-31"));
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile()).start();
        boolean ended = training.waitFor(300, TimeUnit.SECONDS);
        if (ended && training.exitValue() == 0 && Files.exists(partial)) {
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } else {
            training.destroyForcibly();
            Files.deleteIfExists(partial);
            System.err.println("The child JVMs' class-data archive was not made; see " + folder.resolve("training.log"));
        }
        FunctionalFolders.deleteRecursively(root);
    }

    /** Names the class path and every application class file by path, size and time. */
    private static String key(List<String> entries) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update((VERSION + "\n" + String.join("\n", entries)).getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(APPLICATION_CLASSES)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
