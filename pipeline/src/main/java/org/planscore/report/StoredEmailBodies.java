package org.planscore.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.planscore.render.email.ReportEmailBodies;
import org.planscore.support.AtomicFileWrite;

/**
 * The email's subject headline and bodies, rendered from the same model as the PDF when the report is written and
 * kept beside it ({@code <plan>-<as-of>-<lang>-email.xml}): a delivery resumed on a later night sends the words that
 * match the attached PDF, never a summary scored again from newer figures.
 *
 * @param dataVersion the data version of the report they were rendered with
 */
record StoredEmailBodies(String dataVersion, String subjectHeadline, String text, String html) {

    static StoredEmailBodies render(ReportEmailBodies bodies, String dataVersion) {
        return new StoredEmailBodies(dataVersion, bodies.subjectHeadline(), bodies.text(), bodies.html());
    }

    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("dataVersion", dataVersion);
        properties.setProperty("subjectHeadline", subjectHeadline);
        properties.setProperty("text", text);
        properties.setProperty("html", html);
        AtomicFileWrite.writeAtomically(file, out -> properties.storeToXML(out, "PlanScore report email", "UTF-8"));
    }

    /** The bodies stored beside a report, or empty when the file is gone. */
    static Optional<StoredEmailBodies> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            properties.loadFromXML(in);
        }
        return Optional.of(new StoredEmailBodies(properties.getProperty("dataVersion"),
                properties.getProperty("subjectHeadline"), properties.getProperty("text"),
                properties.getProperty("html")));
    }
}
