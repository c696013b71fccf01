package org.planscore.ingest.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.planscore.support.FolderOrPackaged;
import org.springframework.core.io.Resource;

/**
 * The source profiles in force: those in {@code <planscore.home>/config/sources} when that folder holds any, else
 * the ones packaged with the application (classpath {@code sources/}). Every file is validated; all problems of all
 * files are reported together.
 */
public final class Profiles {

    private final List<SourceProfile> all;

    private Profiles(List<SourceProfile> all) {
        this.all = List.copyOf(all);
    }

    public List<SourceProfile> all() {
        return all;
    }

    /** From {@code dir} when it holds profiles, else packaged. */
    public static Profiles load(Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files = FolderOrPackaged.yamlFiles(dir);
            if (!files.isEmpty()) {
                List<SourceProfile> profiles = new ArrayList<>();
                List<String> problems = new ArrayList<>();
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        profiles.add(ProfileLoader.parse(f.toString(), in));
                    } catch (ProfileValidationException e) {
                        problems.addAll(e.problems());
                    } catch (IOException e) {
                        problems.add(f + ": cannot read: " + e.getMessage());
                    }
                }
                return checked(profiles, problems);
            }
        }
        return packaged();
    }

    /** Where an installation keeps its profiles: {@code planscore.home}/config/sources (system property or cwd). */
    public static Profiles forHome() {
        String home = System.getProperty("planscore.home", System.getenv().getOrDefault("PLANSCORE_HOME", "."));
        return load(Path.of(home, "config", "sources"));
    }

    public static Profiles packaged() {
        List<SourceProfile> profiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (Resource r : FolderOrPackaged.packagedYaml("sources")) {
                try (InputStream in = r.getInputStream()) {
                    profiles.add(ProfileLoader.parse("sources/" + r.getFilename(), in));
                } catch (ProfileValidationException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged source profiles", e);
        }
        return checked(profiles, problems);
    }

    private static Profiles checked(List<SourceProfile> profiles, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (SourceProfile p : profiles) {
            if (p.id() != null && !ids.add(p.id())) {
                problems.add(p.file() + ": profile id '" + p.id() + "' is used by another profile file too");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileValidationException(problems);
        }
        return new Profiles(profiles);
    }
}
