package org.planscore.cli.progress;

/** A row of a cases file that cannot be read; the message names the line, the column and the offending text. */
final class MalformedCase extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedCase(long line, String column, String text, String problem) {
        super("line " + line + ", column " + column + ": '" + text + "' " + problem);
    }

    MalformedCase(long line, String problem) {
        super("line " + line + ": " + problem);
    }
}
