package org.planscore.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.planscore.scoring.ValueBound;
import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;
import org.planscore.store.Vintage;

/** Stored figures for scorer tests, in import order. */
final class Figures {

    static final String FORMER = "Hải Phòng";
    static final String MERGED = "Hải Phòng (hợp nhất)";

    private final List<StoredObservation> stored = new ArrayList<>();

    Figures add(String indicator, String area, int year, double value, Vintage vintage, LocalDate published) {
        stored.add(new StoredObservation(stored.size() + 1, new Observation(indicator, area, Integer.toString(year),
                value, "u", vintage, "src-" + stored.size(), null, published, "sha", stored.size() + 1),
                Instant.EPOCH));
        return this;
    }

    Figures add(String indicator, String area, int year, double value) {
        return add(indicator, area, year, value, Vintage.ESTIMATE, null);
    }

    /** A figure with what the source says beyond its value: a bound, a part-period end, a definition. */
    Figures add(String indicator, String area, int year, double value, ValueBound bound, LocalDate coversTo,
                String definition) {
        stored.add(new StoredObservation(stored.size() + 1, new Observation(indicator, area, Integer.toString(year),
                value, "u", Vintage.ESTIMATE, "src-" + stored.size(), null, null, "sha", stored.size() + 1, bound,
                coversTo, definition), Instant.EPOCH));
        return this;
    }

    List<StoredObservation> of(String indicator) {
        return stored.stream().filter(s -> s.observation().indicator().equals(indicator)).toList();
    }

    List<StoredObservation> all() {
        return List.copyOf(stored);
    }
}
