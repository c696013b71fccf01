package org.planscore.render.email;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.i18n.NoLocaleFallback;
import org.planscore.render.pdf.ReportColors;
import org.planscore.render.summary.BehindList;
import org.planscore.render.summary.PillarLine;
import org.planscore.render.summary.ReportChanges;
import org.planscore.render.summary.ReportSummary;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;
import org.planscore.render.text.TargetSentences;
import org.planscore.scoring.ProgressStatus;

/**
 * The subject headline and the text and HTML bodies of the report email: page 1 of the PDF (counts by status, one
 * line per pillar, the targets most behind with the rate now needed, what changed, data quality), so the reader
 * needs no attachment for the headline. Email texts come from the {@code i18n/email} bundles, the summary's
 * sentences from {@code i18n/report} through {@link SummaryTexts}, the same as the PDF's.
 */
public final class ReportEmailBodies {

    private static final int MOVES_LISTED = 5;

    private final ReportModel model;
    private final ReportTexts texts;
    private final SummaryTexts sentences;
    private final TargetSentences targetSentences;
    private final ReportSummary summary;
    private final ResourceBundle bundle;

    public ReportEmailBodies(ReportModel model) {
        this(model, PreviousScores.NONE);
    }

    public ReportEmailBodies(ReportModel model, PreviousScores previous) {
        this.model = model;
        this.texts = ReportTexts.forLocale(model.locale());
        this.sentences = new SummaryTexts(texts);
        this.targetSentences = new TargetSentences(texts);
        this.summary = ReportSummary.of(model, previous);
        this.bundle = ResourceBundle.getBundle("i18n/email", model.locale(), NoLocaleFallback.CONTROL);
    }

    /** The counts by status for the subject: "40 đạt · 3 đúng tiến độ · … · 29 thiếu số liệu". */
    public String subjectHeadline() {
        Map<ProgressStatus, Integer> counts = summary.counts();
        return MessageFormat.format(bundle.getString("email.subjectCounts"),
                counts.values().stream().map(String::valueOf).toArray());
    }

    public String text() {
        StringBuilder body = new StringBuilder();
        body.append(intro()).append('\n');
        body.append(sentences.quality(summary.quality())).append("\n\n");
        body.append(texts.format("summary.countsHeading", Integer.toString(summary.countedTargets()))).append('\n');
        summary.counts().forEach((status, n) -> body.append("  ").append(texts.status(status)).append(": ")
                .append(n).append('\n'));
        String reference = sentences.referenceTargets(summary.referenceTargets());
        if (reference != null) {
            body.append("  ").append(reference).append('\n');
        }
        if (!summary.pillars().isEmpty()) {
            body.append('\n').append(texts.text("summary.pillarsHeading")).append('\n');
            for (PillarLine line : summary.pillars()) {
                body.append("  ").append(line.name()).append('\n')
                        .append("    ").append(sentences.pillarDetail(line)).append('\n');
            }
            body.append("  ").append(texts.text("summary.scoreScale")).append('\n');
        }
        body.append('\n').append(texts.text("summary.behindHeading")).append('\n');
        if (summary.mostBehind().isEmpty()) {
            body.append("  ").append(texts.text("summary.noneBehind")).append('\n');
        }
        for (ScoredTarget target : summary.mostBehind()) {
            body.append("  - ").append(target.target().name().in(model.locale())).append('\n')
                    .append("    ").append(statusLine(target)).append('\n')
                    .append("    ").append(targetSentences.latestVersusTarget(target)).append('\n');
        }
        for (String note : behindNotes()) {
            body.append("  ").append(note).append('\n');
        }
        ReportChanges changes = summary.changes();
        body.append('\n').append(sentences.changesHeading(changes)).append('\n')
                .append("  ").append(sentences.changesCounts(changes)).append('\n');
        for (ReportChanges.StatusMove move : moves(changes)) {
            body.append("  - ").append(sentences.statusMove(move)).append('\n');
        }
        body.append('\n').append(bundle.getString("email.attachment")).append('\n');
        return body.toString();
    }

    public String html() {
        StringBuilder body = new StringBuilder();
        body.append("<!DOCTYPE html><html lang=\"").append(escape(model.locale().getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"></head>")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;")
                .append("max-width:640px;margin:0;padding:8px\">");
        body.append("<h2 style=\"color:#1f4e79;font-size:20px;margin:0 0 6px\">")
                .append(escape(model.plan().title().in(model.locale()))).append("</h2>");
        body.append("<p style=\"margin:0 0 4px\">").append(escape(intro())).append("</p>");
        body.append("<p style=\"margin:0 0 12px;color:#666\">").append(escape(sentences.quality(summary.quality())))
                .append("</p>");

        heading(body, texts.format("summary.countsHeading", Integer.toString(summary.countedTargets())));
        body.append("<table role=\"presentation\" style=\"border-collapse:collapse\">");
        summary.counts().forEach((status, n) -> body.append("<tr><td style=\"padding:2px 8px 2px 0\">")
                .append(chip(status, Integer.toString(n))).append("</td><td>").append(escape(texts.status(status)))
                .append("</td></tr>"));
        body.append("</table>");
        String reference = sentences.referenceTargets(summary.referenceTargets());
        if (reference != null) {
            body.append("<p style=\"margin:4px 0;color:#666\">").append(escape(reference)).append("</p>");
        }

        if (!summary.pillars().isEmpty()) {
            heading(body, texts.text("summary.pillarsHeading"));
            body.append("<table role=\"presentation\" style=\"border-collapse:collapse\">");
            for (PillarLine line : summary.pillars()) {
                body.append("<tr><td style=\"vertical-align:top;padding:4px 8px 4px 0\">")
                        .append(chip(line.shownStatus(), "&nbsp;")).append("</td><td style=\"padding:4px 0\"><b>")
                        .append(escape(line.name())).append("</b><br><span style=\"color:#555\">")
                        .append(escape(sentences.pillarDetail(line))).append("</span></td></tr>");
            }
            body.append("</table><p style=\"color:#666;font-size:13px;margin:4px 0\">")
                    .append(escape(texts.text("summary.scoreScale"))).append("</p>");
        }

        heading(body, texts.text("summary.behindHeading"));
        if (summary.mostBehind().isEmpty()) {
            body.append("<p>").append(escape(texts.text("summary.noneBehind"))).append("</p>");
        }
        for (ScoredTarget target : summary.mostBehind()) {
            ProgressStatus status = BehindList.shownStatus(target);
            body.append("<div style=\"border-left:6px solid ").append(ReportColors.hex(status))
                    .append(";padding:2px 0 2px 10px;margin:0 0 8px\"><b>")
                    .append(escape(target.target().name().in(model.locale()))).append("</b><br>")
                    .append(escape(statusLine(target))).append("<br><span style=\"color:#555\">")
                    .append(escape(targetSentences.latestVersusTarget(target))).append("</span></div>");
        }
        for (String note : behindNotes()) {
            body.append("<p style=\"margin:4px 0;color:#555\">").append(escape(note)).append("</p>");
        }

        ReportChanges changes = summary.changes();
        heading(body, sentences.changesHeading(changes));
        body.append("<p style=\"margin:0 0 4px\">").append(escape(sentences.changesCounts(changes))).append("</p>");
        List<ReportChanges.StatusMove> moves = moves(changes);
        if (!moves.isEmpty()) {
            body.append("<ul style=\"margin:0;padding-left:20px\">");
            moves.forEach(move -> body.append("<li>").append(escape(sentences.statusMove(move))).append("</li>"));
            body.append("</ul>");
        }
        body.append("<p style=\"margin-top:16px;color:#666\">").append(escape(bundle.getString("email.attachment")))
                .append("</p></body></html>");
        return body.toString();
    }

    /** Under the list: open targets not ranked for lack of a recent figure, then earlier years' misses. */
    private List<String> behindNotes() {
        return java.util.stream.Stream.of(sentences.staleFigures(summary.behind()),
                sentences.earlierMisses(summary.behind(), true)).filter(java.util.Objects::nonNull).toList();
    }

    private String statusLine(ScoredTarget target) {
        return sentences.behindStatus(target);
    }

    private static List<ReportChanges.StatusMove> moves(ReportChanges changes) {
        return changes.statusMoves().stream().limit(MOVES_LISTED).toList();
    }

    private static void heading(StringBuilder body, String text) {
        body.append("<h3 style=\"color:#1f4e79;font-size:17px;margin:16px 0 6px\">").append(escape(text))
                .append("</h3>");
    }

    /** A small box in the status colour; the text (a count) in the colour that stays readable on it. */
    private static String chip(ProgressStatus status, String html) {
        String ink = status == ProgressStatus.MODERATE_PROGRESS ? "#222222" : "#ffffff";
        return "<span style=\"display:inline-block;min-width:28px;padding:2px 4px;text-align:center;font-weight:bold;"
                + "background:" + ReportColors.hex(status) + ";color:" + ink + "\">" + html + "</span>";
    }

    private String intro() {
        return MessageFormat.format(bundle.getString("email.intro"),
                model.plan().title().in(model.locale()), texts.date(model.asOf()), model.targets().size());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
