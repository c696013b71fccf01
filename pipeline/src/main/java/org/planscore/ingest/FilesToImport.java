package org.planscore.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.planscore.support.Sha256;
import org.springframework.stereotype.Component;

/**
 * The files of a partitioned import, handed from the inbox importer to the partitioner of that job execution. Only
 * the manager needs them: each partition's execution context then carries its own file (SHA-256, path, name), which
 * is all a worker reads, on this machine or another.
 */
@Component
public class FilesToImport {

    /** One claimed file. */
    public record FileToImport(String sha256, Path path, String name) {
    }

    private final Map<String, List<FileToImport>> batches = new ConcurrentHashMap<>();

    /** @return the batch key, the partitioned job's identifying parameter: the same files give the same key */
    public String register(List<FileToImport> files) {
        String key = key(files);
        batches.put(key, List.copyOf(files));
        return key;
    }

    public List<FileToImport> get(String key) {
        List<FileToImport> files = batches.get(key);
        if (files == null) {
            throw new IllegalStateException("no files registered under " + key
                    + ": a partitioned import is started by the inbox importer, which lists its files first");
        }
        return files;
    }

    public void forget(String key) {
        batches.remove(key);
    }

    static String key(List<FileToImport> files) {
        return Sha256.ofText(String.join(",", files.stream().map(FileToImport::sha256).sorted().toList()));
    }
}
