package org.planscore.delivery;

/** Turns plan ids into something safe inside a file name or a Message-ID. */
final class SafeNames {

    private SafeNames() {
    }

    /** Keeps letters, digits, '-' and '_'; everything else (slashes, dots, spaces, '@') becomes '-'. */
    static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9_-]+", "-");
        return slug.isEmpty() ? "report" : slug;
    }
}
