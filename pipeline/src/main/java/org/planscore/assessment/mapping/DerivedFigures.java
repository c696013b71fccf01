package org.planscore.assessment.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.planscore.store.Derivation;
import org.planscore.store.Observation;
import org.planscore.store.StoredObservation;
import org.planscore.store.Vintage;

/**
 * Applies the mappings when figures are read for scoring: the figures of a plan indicator are those stored under its
 * code plus those the mappings derive from source measures. Nothing derived is stored, so editing a mapping changes
 * the next report without importing anything again. Pure: figures in, figures out.
 */
public final class DerivedFigures {

    private static final Pattern PART_YEAR = Pattern.compile("(.+)_([1-9]|1[01])M");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private DerivedFigures() {
    }

    /** The stored figures of a code plus the figures mappings derive for it. */
    public static Function<String, List<StoredObservation>> over(Function<String, List<StoredObservation>> stored,
                                                                 Mappings mappings) {
        return code -> {
            List<StoredObservation> own = stored.apply(code);
            List<StoredObservation> derived = derive(code, stored, mappings);
            if (derived.isEmpty()) {
                return own;
            }
            List<StoredObservation> all = new ArrayList<>(own);
            all.addAll(derived);
            return all;
        };
    }

    /** The part-year codes ({@code X_NM}) year-to-date mappings can give a plan indicator, months 1 to 11. */
    public static List<String> partYearCodes(String indicator, Mappings mappings) {
        if (mappings.feeding(indicator, Mapping.Periods.YEAR_TO_DATE).isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            codes.add(indicator + "_" + month + "M");
        }
        return codes;
    }

    static List<StoredObservation> derive(String code, Function<String, List<StoredObservation>> stored,
                                          Mappings mappings) {
        List<StoredObservation> out = new ArrayList<>();
        for (Mapping m : mappings.feeding(code, Mapping.Periods.YEAR)) {
            out.addAll(derive(m, code, stored, null));
        }
        Matcher partYear = PART_YEAR.matcher(code);
        if (partYear.matches()) {
            int month = Integer.parseInt(partYear.group(2));
            for (Mapping m : mappings.feeding(partYear.group(1), Mapping.Periods.YEAR_TO_DATE)) {
                out.addAll(derive(m, code, stored, month));
            }
        }
        return out;
    }

    /**
     * One derived figure per area, year and file (and vintage) where every source measure of the mapping has a
     * figure: their sum, converted. A figure in another unit than {@code from_unit} is another measure and is left out.
     */
    private static List<StoredObservation> derive(Mapping m, String code,
                                                  Function<String, List<StoredObservation>> stored, Integer month) {
        Map<Key, StoredObservation[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < m.from().size(); i++) {
            for (StoredObservation s : stored.apply(m.from().get(i))) {
                Observation o = s.observation();
                String year = yearOf(o.period(), month);
                if (year == null || (m.fromUnit() != null && !sameUnit(m.fromUnit(), o.unit()))) {
                    continue;
                }
                StoredObservation[] slot = parts.computeIfAbsent(
                        new Key(o.area(), year, o.fileSha256(), o.vintage()), k -> new StoredObservation[m.from().size()]);
                if (slot[i] == null || slot[i].id() < s.id()) {
                    slot[i] = s;
                }
            }
        }
        List<StoredObservation> derived = new ArrayList<>();
        parts.forEach((key, slot) -> {
            for (StoredObservation part : slot) {
                if (part == null) {
                    return;
                }
            }
            derived.add(combine(m, code, key, List.of(slot)));
        });
        return derived;
    }

    private static StoredObservation combine(Mapping m, String code, Key key, List<StoredObservation> parts) {
        double sum = 0;
        for (StoredObservation p : parts) {
            sum += p.observation().value();
        }
        Observation first = parts.get(0).observation();
        String source = parts.stream().map(p -> p.observation().source()).distinct()
                .collect(Collectors.joining(" + "));
        LocalDate published = parts.stream().map(p -> p.observation().published()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<String> cells = parts.stream().map(StoredObservation::cell).filter(Objects::nonNull).toList();
        String cell = cells.size() == parts.size() ? String.join("+", cells) : null;
        long id = parts.stream().mapToLong(StoredObservation::id).max().orElse(0);
        Instant imported = parts.stream().map(StoredObservation::importedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Observation o = new Observation(code, first.area(), key.year(), m.convert(sum), m.unit(), key.vintage(), source,
                m.note().en(), published, first.fileSha256(), first.fileRow());
        return new StoredObservation(id, o, imported, cell,
                new Derivation(m.id(), m.note().vi(), m.note().en(), m.rank()));
    }

    /** The year a source period stands for: YYYY itself, or for a year-to-date mapping YYYY-MM of the month asked. */
    private static String yearOf(String period, Integer month) {
        if (month == null) {
            return period.length() == 4 ? period : null;
        }
        Matcher mm = MONTH.matcher(period);
        return mm.matches() && Integer.parseInt(mm.group(2)) == month ? mm.group(1) : null;
    }

    private static boolean sameUnit(String a, String b) {
        return b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private record Key(String area, String year, String file, Vintage vintage) {
    }
}
