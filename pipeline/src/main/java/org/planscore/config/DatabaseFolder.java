package org.planscore.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * The H2 database's folder is the service user's alone: created 0700 before the database is opened (so its files,
 * the lock file with the server key among them, are never reachable by other users), and every file in it set to
 * 0600 once the database is open. PostgreSQL, or a file system without POSIX permissions: nothing to do.
 */
public class DatabaseFolder implements BeanFactoryPostProcessor, EnvironmentAware, SmartInitializingSingleton {

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private Path folder;

    @Override
    public void setEnvironment(Environment environment) {
        folder = of(environment.getProperty("spring.datasource.url", ""));
    }

    /** The folder of an H2 file database's URL ({@code jdbc:h2:file:/x/db/planscore;...} gives /x/db), or null. */
    public static Path of(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return null;
        }
        String path = url.substring(prefix.length());
        int options = path.indexOf(';');
        Path file = Path.of(options >= 0 ? path.substring(0, options) : path).toAbsolutePath();
        return file.getParent();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (folder == null || !posix()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database folder " + folder + " private", e);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (folder == null || !posix() || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database files in " + folder + " private", e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
