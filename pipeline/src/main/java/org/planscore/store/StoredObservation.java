package org.planscore.store;

import java.time.Instant;

import org.planscore.ingest.Observation;

/** An observation as stored: with its row id (import order) and when it was imported. */
public record StoredObservation(long id, Observation observation, Instant importedAt) {
}
