package org.planscore.assessment.mapping;

import java.util.List;

import org.planscore.ingest.text.VnText;
import org.planscore.store.StoredObservation;

/** Every mapping in force and the source ranks that decide between competing figures. */
public record Mappings(List<Mapping> mappings, List<SourceRank> ranks) {

    public static final Mappings NONE = new Mappings(List.of(), List.of());

    public Mappings {
        mappings = List.copyOf(mappings);
        ranks = List.copyOf(ranks);
    }

    /** The mappings that feed {@code indicator}, for the given periods. */
    public List<Mapping> feeding(String indicator, Mapping.Periods periods) {
        return mappings.stream().filter(m -> m.indicator().equals(indicator) && m.periods() == periods).toList();
    }

    /** The rank of a source citation: the first matching {@link SourceRank}, else 0. */
    public int sourceRank(String source) {
        if (source == null || ranks.isEmpty()) {
            return 0;
        }
        String folded = VnText.fold(source);
        for (SourceRank rank : ranks) {
            if (folded.contains(VnText.fold(rank.phrase()))) {
                return rank.rank();
            }
        }
        return 0;
    }

    /** A figure's rank: its source's, adjusted by the mapping that derived it, if any. */
    public int rank(StoredObservation figure) {
        int base = sourceRank(figure.observation().source());
        return figure.derivation() == null ? base : base + figure.derivation().rankOffset();
    }
}
