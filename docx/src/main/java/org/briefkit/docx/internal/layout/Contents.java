package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.inlines.Fields;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;

/**
 * The table of contents: a real TOC field, which Word offers to update when the document
 * opens, holding as its cached result one entry per heading, so viewers that never update
 * fields still show the contents.
 *
 * <p>Each entry links to its heading's bookmark and ends, after a dotted leader, with a PAGEREF
 * field for the page. The DOCX cannot know Word's pagination, so those fields carry no cached
 * number: Word (on update) and LibreOffice (which computes references itself) fill them in;
 * a viewer that does neither shows the entries without numbers rather than wrong ones.
 */
final class Contents {
    private Contents() {
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
                String label = e.number().isEmpty() ? e.text() : e.number() + "\t" + e.text();
                w.text(label + "\t", null, "contents");
                Fields.begin(w.runs(), false);
                Fields.instruction(w.runs(), "PAGEREF " + bookmark + " \\h");
                Fields.separate(w.runs());
                Fields.end(w.runs());
            });
            if (i == entries.size() - 1) {
                Fields.end(w.runs());
            }
        }
    }
}
