package org.planscore.functional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh data and reports folder per functional test class, under target/functional/NAME, kept after the run so
 * a person can look at what the pipeline wrote. Each class thus gets its own H2 file database.
 */
public final class FunctionalFolders {

    private FunctionalFolders() {
    }

    public static Path fresh(String name) {
        Path root = Path.of("target", "functional", name).toAbsolutePath();
        deleteRecursively(root);
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(DynamicPropertyRegistry registry, Path root) {
        registry.add("planscore.data-dir", () -> root.resolve("data").toString());
        registry.add("planscore.reports-dir", () -> root.resolve("reports").toString());
        registry.add("planscore.plans-dir", () -> Path.of("..", "config", "plans").toAbsolutePath().normalize().toString());
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
