package org.planscore.ingest.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.planscore.ingest.text.VnText;

/**
 * Vietnam's provinces and centrally-run cities (gazetteer/vn-provinces.csv): GSO codes, names with and without
 * accents, upper or lower case, "TP."/"Tỉnh"/"Thành phố" prefixes, and the units merged away on 1 July 2025. " Hải
 * Phòng ", "Hai Phong", "TP. Hải Phòng", "HẢI PHÒNG" and code 31 are one area; Hải Dương stays its own area (its
 * figures before the merger are Hải Dương's). A label with letters lost to a code page ("H?i Phòng") matches when
 * exactly one name fits, and the match says so.
 */
public final class Gazetteer {

    /** One province or city. */
    public record Area(String code, String name, LocalDate ended, String mergedInto) {
        public boolean isCountry() {
            return code.equals("00");
        }
    }

    /**
     * @param area     the area found
     * @param tolerant true when letters lost to a code page were guessed (the note says which)
     * @param note     for the analyst: tolerant match, former province; null when plain
     */
    public record Match(Area area, boolean tolerant, String note) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^(thanh pho truc thuoc trung uong|thanh pho|tp|tinh|t|city of|province of|city)\\s+");
    private static final Pattern SUFFIX = Pattern.compile("\\s+(city|province)$");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}|[ivx]{1,4})\\s+");
    private static final Gazetteer DEFAULT = load();

    private final Map<String, Area> byKey;
    private final Map<String, Area> byCode;

    private Gazetteer(Map<String, Area> byKey, Map<String, Area> byCode) {
        this.byKey = byKey;
        this.byCode = byCode;
    }

    public static Gazetteer standard() {
        return DEFAULT;
    }

    /**
     * When the area a label names took in another province, the earliest such date (Hải Phòng: 1 July 2025, when
     * Hải Dương merged into it): figures before and after it measure different perimeters.
     */
    public Optional<LocalDate> perimeterChange(String label) {
        return find(label).map(Match::area).flatMap(area -> byCode.values().stream()
                .filter(other -> area.name().equals(other.mergedInto()) && other.ended() != null)
                .map(Area::ended).min(LocalDate::compareTo));
    }

    /** The area a label names, if any. */
    public Optional<Match> find(String label) {
        String cleaned = VnText.clean(label);
        if (cleaned.isEmpty() || cleaned.length() > 80) {
            return Optional.empty();
        }
        String key = keyOf(cleaned);
        Area exact = byKey.get(key);
        if (exact == null) {
            String unnumbered = NUMBERING.matcher(key).replaceFirst("");
            exact = byKey.get(unnumbered);
        }
        if (exact != null) {
            return Optional.of(new Match(exact, false, null));
        }
        if (VnText.hasLostLetters(cleaned)) {
            List<Area> fits = new ArrayList<>();
            for (Map.Entry<String, Area> e : byKey.entrySet()) {
                if (VnText.tolerantEquals(key, e.getKey()) && !fits.contains(e.getValue())) {
                    fits.add(e.getValue());
                }
            }
            if (fits.size() == 1) {
                return Optional.of(new Match(fits.get(0), true,
                        "area '" + cleaned + "' read as '" + fits.get(0).name() + "' (letters lost to the file's code page)"));
            }
        }
        return Optional.empty();
    }

    /** The province or city a text (a title) names, the longest name found; never the whole country. */
    public Optional<Area> findIn(String text) {
        String folded = " " + VnText.key(text) + " ";
        Area best = null;
        int bestLength = 0;
        for (Area area : byCode.values()) {
            String name = VnText.key(area.name());
            if (!area.isCountry() && folded.contains(" " + name + " ") && name.length() > bestLength) {
                best = area;
                bestLength = name.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The area with GSO code {@code code} ("31" or "031"). */
    public Optional<Area> byCode(String code) {
        String c = code.strip();
        if (!c.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(String.format("%02d", Integer.parseInt(c))));
    }

    static String keyOf(String label) {
        String key = VnText.key(label);
        key = PREFIX.matcher(key).replaceFirst("");
        key = SUFFIX.matcher(key).replaceFirst("");
        return key.replace(" ", "");
    }

    private static Gazetteer load() {
        Map<String, Area> byKey = new LinkedHashMap<>();
        Map<String, Area> byCode = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/vn-provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer/vn-provinces.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                Area area = new Area(f[0], VnText.clean(f[1]), f[3].isBlank() ? null : LocalDate.parse(f[3]),
                        f[4].isBlank() ? null : VnText.clean(f[4]));
                byCode.put(area.code(), area);
                byKey.put(keyOf(area.name()), area);
                if (!f[2].isBlank()) {
                    for (String alias : f[2].split("\\|")) {
                        byKey.put(keyOf(alias), area);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(byKey, byCode);
    }
}
