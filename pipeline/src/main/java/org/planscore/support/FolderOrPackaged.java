package org.planscore.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * YAML settings read from a folder the users edit ({@code config/plans}, {@code config/sources}) or, where that
 * folder is missing or holds none, from the copies packaged with the application. Both lists are in file-name order,
 * so the same files give the same result and the same messages everywhere.
 */
public final class FolderOrPackaged {

    private FolderOrPackaged() {
    }

    /** The regular {@code *.yml} and {@code *.yaml} files of {@code dir} by name; empty when there is no such folder. */
    public static List<Path> yamlFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** The packaged {@code folder/*.yml} resources (every jar on the class path) by file name. */
    public static List<Resource> packagedYaml(String folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + folder + "/*.yml");
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return List.of(resources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged " + folder, e);
        }
    }
}
