package org.planscore.config;

/**
 * Nothing PlanScore opens listens beyond the loopback unless configured to: H2's server for a second local process
 * (AUTO_SERVER: {@code history} while {@code serve} runs, a second {@code run} that must see the run lock) binds to
 * 127.0.0.1, and its key sits in the database folder, which only the service's user can open
 * ({@link DatabaseFolder}). {@code serve}'s HTTP port binds to {@code server.address} (127.0.0.1 by default).
 */
public final class LoopbackOnly {

    /** H2 reads it once, when its classes load: set before any database is opened. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    private LoopbackOnly() {
    }

    /** Binds H2's servers to the loopback, unless the installation chose an address with -Dh2.bindAddress. */
    public static void apply() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }
}
