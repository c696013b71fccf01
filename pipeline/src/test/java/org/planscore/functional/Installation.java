package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/**
 * A fresh installation whose database a first command has created, as on a real machine. The run-lock tests of one
 * class share it: each starts from no lock row of its own making ({@link #withoutRunLock}).
 */
final class Installation {

    private Installation() {
    }

    static Path created(String name) throws Exception {
        Path root = FunctionalFolders.fresh(name);
        try (ChildProcessRun history = ChildProcessRun.start(root, List.of(), "history")) {
            assertThat(history.awaitExit(300)).as(history.output()).isZero();
        }
        return root;
    }

    /** Clears what an earlier test left in the lock table (a lock row of another host it planted). */
    static void withoutRunLock(Path root) throws Exception {
        FunctionalFolders.execute(root, "DELETE FROM run_lock");
    }
}
