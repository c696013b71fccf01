package org.planscore.ingest.profile;

/**
 * Group headers written once over the columns they span. A merged range ("So với cùng kỳ năm trước (%)" over E4:F4)
 * reaches a streamed sheet as text in its first cell only, and some publishers write the group once with no merge
 * at all ("BỔ SUNG TỪ NGÂN SÁCH TRUNG ƯƠNG …" in F7 over F–J). A blank header piece takes the text on its left when
 * both columns have header pieces below it: the left one is a group over sub-headers, and this column is one of
 * them. A blank with nothing below it (a spacer column, a column headed only higher up) takes nothing. Only rows
 * from the first one with two or more pieces right of the area labels count: above them sit the publisher's name
 * and the appendix label ("BỘ TÀI CHÍNH" … "Phụ lục số 09/CKTC-NSNN"), which head no group of columns.
 */
final class MergedHeaders {

    private MergedHeaders() {
    }

    /**
     * @param pieces      header pieces, [row][column], "" where blank; filled in place
     * @param labelColumn the column of the area labels
     */
    static void spreadGroups(String[][] pieces, int labelColumn) {
        int start = pieces.length;
        for (int r = 0; r < pieces.length && start == pieces.length; r++) {
            int right = 0;
            for (int c = labelColumn + 1; c < pieces[r].length; c++) {
                right += pieces[r][c].isEmpty() ? 0 : 1;
            }
            if (right >= 2) {
                start = r;
            }
        }
        for (int r = start; r < pieces.length; r++) {
            for (int c = labelColumn + 2; c < pieces[r].length; c++) {
                if (pieces[r][c].isEmpty() && !pieces[r][c - 1].isEmpty() && hasBelow(pieces, r, c - 1)
                        && hasBelow(pieces, r, c)) {
                    pieces[r][c] = pieces[r][c - 1];
                }
            }
        }
    }

    private static boolean hasBelow(String[][] pieces, int row, int column) {
        for (int r = row + 1; r < pieces.length; r++) {
            if (!pieces[r][column].isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
