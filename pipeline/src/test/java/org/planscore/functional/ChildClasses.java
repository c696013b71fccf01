package org.planscore.functional;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The class path of a child {@code ./planscore} JVM: the application's classes as a jar, then the dependencies as the
 * tests have them (no test classes: the child's component scan must not find them). The jar is made once per build,
 * by the first test JVM to need it, under a file lock the test JVMs share, in target/child-jvm/KEY (KEY naming the
 * class path and every application class file, so a rebuild makes a new one).
 *
 * <p>A class-data archive for the children, trained once per build in the background, was tried and taken out: on a
 * fresh clone the training cost more than the few children left gained from it (docs/benchmark.md).
 */
final class ChildClasses {

    private static final Path HOME = Path.of("target", "child-jvm").toAbsolutePath();
    private static final Path APPLICATION_CLASSES = Path.of("target", "classes").toAbsolutePath();
    /** Raised when what this class makes changes, so a folder made by an earlier version is not taken. */
    private static final String VERSION = "4";

    private static Path folder;
    private static String classPath;

    private ChildClasses() {
    }

    /** The JVM options that give a child its class path. */
    static synchronized List<String> options() {
        try {
            if (folder == null) {
                List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
                folder = HOME.resolve(key(entries));
                classPath = classPath(folder, entries);
                makeJar();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the child JVMs' jar in " + HOME, e);
        }
        return List.of("-cp", classPath);
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
