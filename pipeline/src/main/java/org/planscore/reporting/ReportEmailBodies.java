package org.planscore.reporting;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

import org.planscore.report.ReportModel;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.scoring.ProgressStatus;

/**
 * The text and HTML bodies of the report email: the headline (counts by status) so the reader needs no attachment
 * for it. Texts come from the {@code i18n/email} bundles.
 */
final class ReportEmailBodies {

    private final ReportModel model;
    private final ReportTexts texts;
    private final ResourceBundle bundle;

    ReportEmailBodies(ReportModel model) {
        this.model = model;
        this.texts = ReportTexts.forLocale(model.locale());
        this.bundle = ResourceBundle.getBundle("i18n/email", model.locale(), NoFallback.CONTROL);
    }

    String text() {
        StringBuilder body = new StringBuilder();
        body.append(intro()).append("\n\n");
        counts().forEach((status, n) -> body.append("  ").append(texts.status(status)).append(": ").append(n)
                .append('\n'));
        body.append('\n').append(bundle.getString("email.attachment")).append('\n');
        return body.toString();
    }

    String html() {
        StringBuilder body = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        body.append("<p>").append(escape(intro())).append("</p><table>");
        counts().forEach((status, n) -> body.append("<tr><td>").append(escape(texts.status(status)))
                .append("</td><td style=\"text-align:right\"><b>").append(n).append("</b></td></tr>"));
        body.append("</table><p>").append(escape(bundle.getString("email.attachment")))
                .append("</p></body></html>");
        return body.toString();
    }

    private String intro() {
        return java.text.MessageFormat.format(bundle.getString("email.intro"),
                model.plan().title().in(model.locale()), texts.date(model.asOf()), model.targets().size());
    }

    private Map<ProgressStatus, Integer> counts() {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ScoredTarget t : model.targets()) {
            counts.merge(t.result().status(), 1, Integer::sum);
        }
        return counts;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Keeps the Vietnamese base bundle from being shadowed by the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback CONTROL = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
