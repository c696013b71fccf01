package org.planscore.functional;

import java.io.File;
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
 * rebuild makes a new one). The jar is made first, under a file lock the test JVMs share; the training then runs in
 * the background of the first test JVM to need a child, and children started meanwhile run on the jar without the
 * archive, so no test waits for it. When the training fails, every child runs without it, as fast as before.
 */
final class ChildClasses {

    private static final Path HOME = Path.of("target", "child-jvm").toAbsolutePath();
    private static final Path APPLICATION_CLASSES = Path.of("target", "classes").toAbsolutePath();
    /** Raised when what this class makes changes, so a folder made by an earlier version is not taken. */
    private static final String VERSION = "3";
    private static final String ARCHIVE = "planscore.jsa";
    private static final String TRAINED = "trained";

    private static Path folder;
    private static String classPath;
    private static boolean trainingAsked;

    private ChildClasses() {
    }

    /** The JVM options that give a child its class path, and the archive once it is made. */
    static synchronized List<String> options() {
        try {
            if (folder == null) {
                List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
                folder = HOME.resolve(key(entries));
                classPath = classPath(folder, entries);
                makeJar();
            }
            if (!trainingAsked) {
                trainingAsked = true;
                Thread training = new Thread(ChildClasses::trainUnlessDone, "child-jvm-training");
                training.setDaemon(true);
                training.start();
            }
        } catch (IOException e) {
            System.err.println("Child JVMs run on the test class path, without a class-data archive: " + e);
            return List.of("-cp", System.getProperty("java.class.path"));
        }
        List<String> result = new ArrayList<>();
        Path archive = folder.resolve(ARCHIVE);
        if (Files.exists(archive)) {
            // quiet: a mismatch would only cost the faster start, and the child's output is what tests read
            result.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        result.addAll(List.of("-cp", classPath));
        return result;
    }

    /** The jar, made by the first test JVM to get here; older folders are removed then. */
    private static void makeJar() throws IOException {
        Files.createDirectories(HOME);
        try (FileChannel channel = FileChannel.open(HOME.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Path jar = folder.resolve("planscore.jar");
            if (Files.exists(jar)) {
                return;
            }
            try (Stream<Path> old = Files.list(HOME)) {
                for (Path other : old.filter(Files::isDirectory).toList()) {
                    FunctionalFolders.deleteRecursively(other);
                }
            }
            Files.createDirectories(folder);
            Path partial = folder.resolve("planscore.jar.partial");
            writeJar(partial);
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The training, by the one test JVM that gets its lock, once per folder whatever its outcome. */
    private static void trainUnlessDone() {
        try (FileChannel channel = FileChannel.open(folder.resolve("training.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock != null && !Files.exists(folder.resolve(TRAINED))) {
                train();
                Files.writeString(folder.resolve(TRAINED), "");
            }
        } catch (IOException e) {
            System.err.println("The child JVMs' class-data archive was not made: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The application's classes as one jar, then every jar of the test class path (test classes left out). */
    private static String classPath(Path folder, List<String> entries) {
        List<String> path = new ArrayList<>();
        path.add(folder.resolve("planscore.jar").toString());
        entries.stream().filter(entry -> entry.endsWith(".jar")).forEach(path::add);
        return String.join(File.pathSeparator, path);
    }

    private static void writeJar(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(APPLICATION_CLASSES)) {
            // folders too: Spring's component scan and Flyway's migrations list a package through its folder entry
            for (Path path : files.filter(path -> !path.equals(APPLICATION_CLASSES)).sorted().toList()) {
                String name = APPLICATION_CLASSES.relativize(path).toString().replace('\\', '/');
                boolean isFolder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * A nightly run on the packaged sample, which loads what the children's commands load; the process is ended
     * with the test JVM if that ends first.
     */
    private static void train() throws IOException, InterruptedException {
        Path root = folder.resolve("training");
        Path partial = folder.resolve(ARCHIVE + ".partial");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dplanscore.data-dir=" + root.resolve("data"), "-Dplanscore.reports-dir=" + root.resolve("reports"),
                "-Dplanscore.plans-dir=" + Path.of("..", "config", "plans").toAbsolutePath().normalize(),
                "-cp", classPath, PlanScoreCli.class.getName(), "run", "--as-of", "2025-12-31"));
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile()).start();
        Thread end = new Thread(training::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(end);
        try {
            if (training.waitFor(300, TimeUnit.SECONDS) && training.exitValue() == 0 && Files.exists(partial)) {
                Files.move(partial, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
            } else {
                System.err.println("The child JVMs' class-data archive was not made; see "
                        + folder.resolve("training.log"));
            }
        } finally {
            training.destroyForcibly();
            try {
                Runtime.getRuntime().removeShutdownHook(end);
            } catch (IllegalStateException shuttingDown) {
                // the hook is ending the training already
            }
            Files.deleteIfExists(partial);
            FunctionalFolders.deleteRecursively(root);
        }
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
