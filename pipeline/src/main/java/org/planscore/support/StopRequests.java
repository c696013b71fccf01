package org.planscore.support;

/**
 * Whether this process has been asked to stop, as the import and delivery loops see it between two items. The
 * stop itself (SIGTERM, the end of {@code serve}) belongs to operations; this lets a feature look without
 * depending on them.
 */
public interface StopRequests {

    boolean requested();
}
