package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.PartSizes;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.inlines.Fields;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.docx.internal.styles.StyleSheet;

/**
 * The table of contents: a real TOC field, which Word offers to update when the document
 * opens, holding as its cached result one entry per heading, so viewers that never update
 * fields still show the contents.
 *
 * <p>Each entry links to its heading's bookmark and ends, after a dotted leader, with a PAGEREF
 * field for the page. The DOCX cannot know Word's pagination, so those fields carry no cached
 * number: Word fills them in when it updates the field; a viewer that does not (LibreOffice 7.4
 * converting to PDF is one) shows the entries without numbers rather than wrong ones.
 */
final class Contents {
    private Contents() {
    }

    /**
     * Whether an entry's number fits the number column its TOC style hangs (its width estimated
     * from Arial's: digits and capitals about 0.56 and 0.67 em, points and spaces 0.28 em):
     * "1", "2.3", "3.2.1" do and are followed by a tab to the text's indent; "Appendix A" does
     * not, and a tab would jump to the page number's tab stop, so an en space follows it. Word,
     * updating the field, sets its own tab stops to fit each number.
     */
    private static boolean fitsColumn(RenderContext ctx, ContentsEntry e) {
        double ems = 0.6; // and a space after it, as the PDF's contents page leaves
        for (char c : e.number().toCharArray()) {
            ems += c == '.' || c == ' ' ? 0.28 : Character.isUpperCase(c) ? 0.67 : 0.56;
        }
        double em = PartSizes.of(ctx.theme(), ctx.meta().kind()).body();
        int level = Math.max(1, Math.min(6, e.level()));
        return em * ems <= StyleSheet.contentsNumberColumn(ctx.theme(), level);
    }

    static void write(RenderContext ctx, BlockWriter writer, List<ContentsEntry> entries, int depth) {
        writer.paragraph(StyleIds.TOC_HEADING).text(Wording.CONTENTS, null, "contents");
        String instruction = "TOC \\o \"1-" + depth + "\" \\h \\z \\u";
        if (entries.isEmpty()) {
            InlineWriter w = writer.paragraph(StyleIds.toc(1));
            Fields.begin(w.runs(), true);
            Fields.instruction(w.runs(), instruction);
            Fields.separate(w.runs());
            Fields.end(w.runs());
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry e = entries.get(i);
            String bookmark = ctx.anchors().nameOf(e.anchor());
            InlineWriter w = writer.paragraph(StyleIds.toc(e.level()));
            if (i == 0) {
                Fields.begin(w.runs(), true);
                Fields.instruction(w.runs(), instruction);
                Fields.separate(w.runs());
            }
            w.anchorLink(bookmark, () -> {
                String label = e.number().isEmpty() ? e.text()
                        : e.number() + (fitsColumn(ctx, e) ? "\t" : "\u2002") + e.text();
                w.text(label + "\t", null, "contents");
                w.runs().simpleField("PAGEREF " + bookmark + " \\h");
            });
            if (i == entries.size() - 1) {
                Fields.end(w.runs());
            }
        }
    }
}
