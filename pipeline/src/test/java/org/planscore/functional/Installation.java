package org.planscore.functional;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh installation, shared by the run-lock tests of one class
 * ({@code @RegisterExtension static final Installation INSTALLED = new Installation(NAME)}): the application started
 * on it in the test's JVM, which creates its database as a first command does on a real machine, and stays up for
 * the class's runs that need no JVM of their own; its lock table is cleared before each test, so no test sees a lock
 * row another one planted.
 */
final class Installation implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final String name;
    private FolderApplication application;

    Installation(String name) {
        this.name = name;
    }

    Path root() {
        return application.root();
    }

    /** The application on this installation, for a run inside the test's JVM. */
    FolderApplication application() {
        return application;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        application = FolderApplication.fresh(name);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FunctionalFolders.execute(root(), "DELETE FROM run_lock");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        application.close();
    }
}
