package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.Wording;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;

/**
 * The table of contents: "Contents", then core's entries (the same the DOCX's TOC field lists),
 * each with its number hung, its text, a dotted leader and, flush right, the page its heading
 * landed on; each entry links to its heading. Levels indent under one another: a level's text
 * starts where the level above's text does, so numbers sit in columns.
 */
final class ContentsPage {
    private ContentsPage() {
    }

    static void write(FlowWriter w, List<ContentsEntry> entries, String anchor, boolean numbered, PartStyles ps) {
        w.heading(1, Wording.CONTENTS, anchor);
        w.space(ps.gap());
        float em = ps.body();
        for (ContentsEntry e : entries) {
            int level = Math.max(1, Math.min(6, e.level()));
            ParagraphStyle style = ps.contents(level);
            float indent = 0;
            for (int l = 1; l < level; l++) {
                indent += numbered ? numberWidth(l, em) : em * 1.5f;
            }
            float numberWidth = e.number().isEmpty() ? 0 : numberWidth(level, em);
            w.contentsEntry(e.number(), e.text(), e.anchor(), style, indent, numberWidth,
                    ps.palette().muted());
        }
    }

    /** The column for a level's numbers: "1", "1.1", "1.1.1" and a space after. */
    private static float numberWidth(int level, float em) {
        return em * (1.1f + 0.9f * level);
    }
}
