package org.planscore.support;

import java.net.InetAddress;

/**
 * This machine's name, as the run log and the run lock record it: the two must agree, or a lock could not be told
 * apart from a run of the same host in the history.
 */
public final class HostName {

    private HostName() {
    }

    /** The resolver's name for this host, else $HOSTNAME, else "localhost". */
    public static String local() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
