package org.planscore.assessment;

import java.util.List;

import org.planscore.plan.LocalizedText;
import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;

/** A year's chosen figure as the report cites it: value, vintage, source, cell, definition note, the others. */
final class FigureCitations {

    private FigureCitations() {
    }

    static ObservationPoint point(int year, AnnualSeries.Choice choice) {
        StoredObservation chosen = choice.chosen();
        Observation o = chosen.observation();
        List<ObservationPoint.OtherFigure> others = choice.others().stream()
                .map(p -> new ObservationPoint.OtherFigure(p.figure().observation().value(),
                        p.figure().observation().unit(), p.figure().observation().vintage().code(),
                        p.figure().observation().source(), p.figure().cell(), definition(p.figure()),
                        p.reason().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return new ObservationPoint(year, o.value(), o.vintage().code(), o.source(), chosen.cell(), definition(chosen),
                others);
    }

    private static LocalizedText definition(StoredObservation figure) {
        return figure.derivation() == null ? null
                : new LocalizedText(figure.derivation().noteVi(), figure.derivation().noteEn());
    }
}
