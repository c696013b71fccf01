package org.planscore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.planscore.config.PlanScoreProperties;
import org.planscore.store.ImportedFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On a database that has never imported anything, drops the shipped figures into the inbox, so the very first run
 * already reports on the real plan: those in {@code <planscore.home>/data/samples/} when that folder holds any (read
 * at run time, so editing them needs no rebuild), else the copies packaged with the application
 * ({@code classpath:samples/*.csv}). They then go through the same import as any analyst's file.
 */
@Component
public class SampleSeeder {

    private static final Logger log = LoggerFactory.getLogger(SampleSeeder.class);

    private final DataFolders folders;
    private final ImportedFileRepository importedFiles;
    private final Path samplesDir;

    private final boolean enabled;

    public SampleSeeder(DataFolders folders, ImportedFileRepository importedFiles, PlanScoreProperties properties,
                        @Value("${planscore.samples.seed:true}") boolean enabled) {
        this.folders = folders;
        this.importedFiles = importedFiles;
        this.samplesDir = properties.home() == null ? null : properties.home().resolve("data").resolve("samples");
        this.enabled = enabled;
    }

    /** @return how many sample files were dropped into the inbox (none when {@code planscore.samples.seed} is false) */
    public int seedIfEmpty() throws IOException {
        if (!enabled || !importedFiles.isEmpty()) {
            return 0;
        }
        int seeded = 0;
        for (Resource sample : samples()) {
            Path target = folders.inbox().resolve("sample-" + sample.getFilename());
            if (Files.exists(target) || Files.exists(folders.processing().resolve(target.getFileName()))) {
                continue;
            }
            // Copied under a temporary name first: the inbox only ever shows complete files.
            Path partial = folders.inbox().resolve(target.getFileName() + ".part");
            try (InputStream in = sample.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            log.info("Empty database: added the packaged sample {} to the inbox", sample.getFilename());
            seeded++;
        }
        return seeded;
    }

    private Resource[] samples() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        if (samplesDir != null && Files.isDirectory(samplesDir)) {
            Resource[] inFolder = resolver.getResources(samplesDir.toUri() + "*.csv");
            if (inFolder.length > 0) {
                return inFolder;
            }
        }
        return resolver.getResources("classpath*:samples/*.csv");
    }
}
