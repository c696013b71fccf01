package org.planscore.ingest;

import org.planscore.i18n.Bilingual;

/** The whole file cannot be imported (unreadable, wrong format, no usable header); the reason is for the analyst. */
public class FileRejectedException extends RuntimeException {

    private final transient Bilingual reason;

    public FileRejectedException(Bilingual reason) {
        super(reason.en());
        this.reason = reason;
    }

    public FileRejectedException(Bilingual reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }
}
