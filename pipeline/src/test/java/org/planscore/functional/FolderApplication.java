package org.planscore.functional;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.planscore.PlanScoreApplication;
import org.planscore.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started, as {@code ./planscore} starts it, on a fresh folder and database of its own: for a test
 * whose runs would change what the other tests of its class read in theirs.
 */
public final class FolderApplication implements AutoCloseable {

    private final Path root;
    private final ConfigurableApplicationContext context;

    private FolderApplication(Path root, ConfigurableApplicationContext context) {
        this.root = root;
        this.context = context;
    }

    /** Starts the application on {@code target/functional/NAME}, emptied first, with settings "key=value". */
    public static FolderApplication fresh(String name, String... settings) {
        return on(FunctionalFolders.fresh(name), settings);
    }

    /** Starts the application on a folder another application or run has made, with settings "key=value". */
    public static FolderApplication on(Path root, String... settings) {
        List<String> arguments = new ArrayList<>(FunctionalFolders.arguments(root));
        Arrays.stream(settings).map(setting -> "--" + setting).forEach(arguments::add);
        return new FolderApplication(root, new SpringApplication(PlanScoreApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    /** Starts the application on a folder with the settings a child run would get as JVM options "-Dkey=value". */
    public static FolderApplication on(Path root, List<String> childOptions) {
        return on(root, childOptions.stream().map(option -> option.substring("-D".length())).toArray(String[]::new));
    }

    /** A command of {@code ./planscore}, on this folder. */
    public CommandResult run(String... args) throws Exception {
        return CommandResult.run(context.getBean(Commands.class), args);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Path root() {
        return root;
    }

    public Path reports() {
        return root.resolve("reports");
    }

    long count(String table) throws Exception {
        return FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM " + table);
    }

    @Override
    public void close() {
        context.close();
    }
}
