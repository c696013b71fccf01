package org.planscore.assessment.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The mappings in force: those in {@code planscore.mappings-dir} ({@code <home>/config/mappings}) when that folder
 * holds any, else the ones packaged with the application. Loaded and validated at start-up, like plan catalogues:
 * an invalid file stops the application with every problem as {@code file:line: message} (exit status 3).
 */
@Component
public class PlanMappings {

    private final Mappings mappings;

    public PlanMappings(@Value("${planscore.mappings-dir:${planscore.home:.}/config/mappings}") Path dir) {
        this.mappings = load(dir);
    }

    public Mappings mappings() {
        return mappings;
    }

    /** From {@code dir} when it holds mapping files, else packaged; all problems of all files together. */
    public static Mappings load(Path dir) {
        List<Path> files = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        List<Mappings> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!files.isEmpty()) {
            files.sort(Comparator.comparing(Path::toString));
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    read.add(MappingLoader.parse(f.toString(), in));
                } catch (MappingValidationException e) {
                    problems.addAll(e.errors());
                } catch (IOException e) {
                    problems.add(f + ":1: cannot read: " + e.getMessage());
                }
            }
        } else {
            try {
                Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:mappings/*.yml");
                java.util.Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
                for (Resource r : resources) {
                    try (InputStream in = r.getInputStream()) {
                        read.add(MappingLoader.parse("mappings/" + r.getFilename(), in));
                    } catch (MappingValidationException e) {
                        problems.addAll(e.errors());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the packaged mappings", e);
            }
        }
        return merged(read, problems);
    }

    /** One set from several files; an id declared twice is a problem. */
    static Mappings merged(List<Mappings> files, List<String> problems) {
        List<Mapping> all = new ArrayList<>();
        List<SourceRank> ranks = new ArrayList<>();
        Map<String, Mapping> byId = new HashMap<>();
        for (Mappings file : files) {
            for (Mapping m : file.mappings()) {
                Mapping earlier = byId.putIfAbsent(m.id(), m);
                if (earlier != null) {
                    problems.add(m.file() + ":" + m.line() + ": mapping id '" + m.id() + "' is already used at "
                            + earlier.file() + ":" + earlier.line());
                } else {
                    all.add(m);
                }
            }
            ranks.addAll(file.ranks());
        }
        if (!problems.isEmpty()) {
            throw new MappingValidationException(problems);
        }
        return new Mappings(all, ranks);
    }
}
