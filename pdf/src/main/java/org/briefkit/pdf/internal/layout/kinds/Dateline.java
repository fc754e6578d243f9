package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.Inline;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Strong;

/**
 * Runs a press release's dateline into its lead: the body's first paragraph opens with the
 * dateline in bold ("Washington, March 15, 2026—" or "WASHINGTON — ", as core's wording gives it
 * for the theme's style). As in the DOCX, the first paragraph is the first top-level paragraph;
 * a body without one gets the dateline as a paragraph of its own after its blocks.
 */
final class Dateline {
    private Dateline() {
    }

    /**
     * @param body     the body's blocks
     * @param dateline the dateline's text; "" for none
     * @return the blocks with the dateline run in
     */
    static List<Block> runIn(List<Block> body, String dateline) {
        if (dateline.isEmpty()) {
            return body;
        }
        List<Block> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Paragraph p) {
                List<Inline> content = new ArrayList<>();
                content.add(Strong.of(dateline));
                content.addAll(p.content());
                out.set(i, new Paragraph(content));
                return out;
            }
        }
        out.add(Paragraph.of(Strong.of(dateline)));
        return out;
    }
}
