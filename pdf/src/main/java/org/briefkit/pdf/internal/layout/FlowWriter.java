package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Block;

/**
 * What a flow's content can say: blocks of the model, and the few things layout adds itself
 * (a title block, generated headings such as "Notes", the endnotes, space, page breaks).
 */
public interface FlowWriter {
    /**
     * Lays out blocks of the model; their headings take the anchors and numbers of the
     * document's {@link org.briefkit.compose.Headings}.
     *
     * @param part   what part of the document they are, for messages ("body", "summary")
     * @param blocks the blocks
     */
    void blocks(String part, List<Block> blocks);

    /**
     * A title block: the title, the subtitle and a byline, then a rule.
     *
     * @param title    the title
     * @param subtitle the subtitle, or ""
     * @param byline   authors and date, or ""
     */
    void title(String title, String subtitle, String byline);

    /**
     * A heading the layout adds (such as "Summary" or "Notes"): in the outline, not numbered.
     *
     * @param level 1 to 6
     * @param text  the heading
     */
    void heading(int level, String text);

    /** Lays out the endnotes cited so far, numbered, each linked from its marker; none if there are none. */
    void endnotes();

    /** @return whether notes have been cited that are still to be set as endnotes */
    boolean hasEndnotes();

    /** @param points vertical space */
    void space(float points);

    /** Ends the page; what follows starts a new one. */
    void pageBreak();
}
