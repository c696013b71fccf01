package org.planscore.ingest;

import org.planscore.i18n.Bilingual;

/** A reader's exception while reading a file's content, turned into the file's rejection for the analyst. */
public final class ContentFailure {

    private static final int MAX_MESSAGE_CHARS = 300;

    private ContentFailure() {
    }

    /** @param rowsRead rows handed out before the failure, to say where reading stopped */
    public static FileRejectedException rejection(String fileName, int rowsRead, Throwable failure) {
        String where = "after " + rowsRead + " rows / sau " + rowsRead + " dòng";
        return new FileRejectedException(Bilingual.of("file.badContent", fileName, where, message(failure)), failure);
    }

    /** The innermost message, which names the real problem (the parser's line, POI's "Zip bomb detected"). */
    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (failure != root && failure.getMessage() != null && !failure.getMessage().equals(text)) {
            text = failure.getMessage() + " (" + text + ")";
        }
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text;
    }
}
