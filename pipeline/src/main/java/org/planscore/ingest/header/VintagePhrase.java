package org.planscore.ingest.header;

import java.util.Optional;
import java.util.regex.Pattern;

import org.planscore.store.Vintage;

/**
 * The vintage a column header or title states in words, read from folded text. "Ước tính" / "ước thực hiện" is an
 * estimate; "Sơ bộ" / "Prel." preliminary; "Chính thức" official. "Thực hiện tháng 5" / "Thực hiện quý I" is the
 * realised figure of a past period in a monthly release: later than the estimate, not yet the yearbook's official
 * figure, so preliminary. "Thực hiện" before anything but a period ("Thực hiện vụ đông xuân", "Thực hiện các dự
 * án") states no vintage.
 */
public final class VintagePhrase {

    private static final Pattern ESTIMATE = Pattern.compile("(?<![a-z])(uoc tinh|uoc thuc hien|uoc th|estimate|est\\.)");
    private static final Pattern PRELIMINARY = Pattern.compile("(?<![a-z])(so bo|so b\\?|prel\\b|prel\\.|preliminary)");
    private static final Pattern OFFICIAL = Pattern.compile("(?<![a-z])(chinh thuc|official)");
    private static final Pattern REALISED = Pattern.compile(
            "(?<![a-z])(thuc hien|performance) (thang|quy|nam|ca nam|\\d{1,2} thang|t\\d|\\d)");

    private VintagePhrase() {
    }

    /** The vintage {@code folded} states, if any. */
    public static Optional<Vintage> in(String folded) {
        if (ESTIMATE.matcher(folded).find()) {
            return Optional.of(Vintage.ESTIMATE);
        }
        if (PRELIMINARY.matcher(folded).find()) {
            return Optional.of(Vintage.PRELIMINARY);
        }
        if (OFFICIAL.matcher(folded).find()) {
            return Optional.of(Vintage.OFFICIAL);
        }
        if (REALISED.matcher(folded).find()) {
            return Optional.of(Vintage.PRELIMINARY);
        }
        return Optional.empty();
    }
}
