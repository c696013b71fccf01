package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh installation whose database a first command has created, as on a real machine, shared by the run-lock
 * tests of one class ({@code @RegisterExtension static final Installation INSTALLED = new Installation(NAME)}): made
 * once before them, its lock table cleared before each, so no test sees a lock row another one planted.
 */
final class Installation implements BeforeAllCallback, BeforeEachCallback {

    private final String name;
    private Path root;

    Installation(String name) {
        this.name = name;
    }

    Path root() {
        return root;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        root = FunctionalFolders.fresh(name);
        try (ChildProcessRun history = ChildProcessRun.start(root, List.of(), "history")) {
            assertThat(history.awaitExit(300)).as(history.output()).isZero();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FunctionalFolders.execute(root, "DELETE FROM run_lock");
    }
}
