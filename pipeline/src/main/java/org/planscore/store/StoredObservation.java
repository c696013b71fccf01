package org.planscore.store;

import java.time.Instant;


/**
 * An observation as stored: with its row id (import order), when it was imported, the cell it was read from when
 * known ("E29"; "D11+E11" for a sum), and, for a figure derived at scoring time by a mapping, how (else null).
 */
public record StoredObservation(long id, Observation observation, Instant importedAt, String cell,
                                Derivation derivation) {

    public StoredObservation(long id, Observation observation, Instant importedAt) {
        this(id, observation, importedAt, null, null);
    }

    public boolean isDerived() {
        return derivation != null;
    }
}
