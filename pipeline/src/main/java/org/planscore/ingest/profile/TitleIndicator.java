package org.planscore.ingest.profile;

import java.util.List;

/** For one-indicator tables (PX-Web): the indicator and unit a title names. */
public record TitleIndicator(List<Phrase> title, String indicator, String unit, int line) {
}
