package org.planscore.delivery;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;

/**
 * A multipart with a boundary we choose instead of a random one, so that building the same report twice
 * gives byte-identical {@code .eml} files and the outbox can tell a repeat from a change.
 */
final class FixedBoundaryMultipart extends MimeMultipart {

    FixedBoundaryMultipart(String subtype, String boundary) {
        super(subtype);
        ContentType type = new ContentType("multipart", subtype, null);
        type.setParameter("boundary", boundary);
        contentType = type.toString();
    }
}
