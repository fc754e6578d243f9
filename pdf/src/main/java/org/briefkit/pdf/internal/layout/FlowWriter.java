package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.theme.Rgb;

/**
 * What a flow's content can say: blocks of the model, and the things a layout adds itself
 * (headings such as "Notes", paragraphs in a style of its own, the endnotes, cards, rules, rows
 * of two columns, table-of-contents entries, space, page breaks).
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
     * A heading the layout adds (such as "Summary" or "Notes"): in the outline, not numbered.
     *
     * @param level 1 to 6
     * @param text  the heading
     */
    void heading(int level, String text);

    /**
     * A heading the layout adds, at a destination of the caller's choosing (the anchor core's
     * {@code Headings.anchorOf} gives a part, so the table of contents can link to it).
     *
     * @param level       1 to 6
     * @param text        the heading
     * @param destination the destination's name
     */
    void heading(int level, String text, String destination);

    /**
     * A paragraph in a style the layout chooses (a contact line, the "About" boilerplate).
     *
     * @param content the text, with links, emphasis and line breaks as the model has them
     * @param style   its style
     */
    void paragraph(List<Inline> content, ParagraphStyle style);

    /**
     * Display text (a headline, a title) in a style the layout chooses, flush left in lines of
     * even length, so no word is left alone on the last line.
     *
     * @param content the text
     * @param style   its style
     */
    void display(List<Inline> content, ParagraphStyle style);

    /**
     * A paragraph of runs in styles of their own (a letterhead: the name in one colour, the
     * program label in another).
     *
     * @param runs  the runs, in order
     * @param style the paragraph's style (leading, alignment, spacing)
     */
    void runs(List<TextRun> runs, ParagraphStyle style);

    /**
     * Lays out content in a filled box with a bar down its left side (a "Read more" card). The
     * box may split across pages like a callout.
     *
     * @param fill     the box's fill
     * @param bar      the bar's colour
     * @param barWidth the bar's width
     * @param padding  the space between the box's edges and its content
     * @param content  what is inside
     */
    void card(Rgb fill, Rgb bar, float barWidth, float padding, Flow.FlowContent content);

    /**
     * Lays out two pieces of content side by side, as one box that does not split: the first in
     * a column {@code firstWidth} wide at the left, the second in the rest, after {@code gap}.
     *
     * @param firstWidth the left column's width
     * @param gap        the space between the columns
     * @param first      the left column
     * @param second     the right column
     */
    void columns(float firstWidth, float gap, Flow.FlowContent first, Flow.FlowContent second);

    /**
     * Keeps content on one page (unless it cannot fit on any): no page break inside it.
     *
     * @param content what to keep together
     */
    void together(Flow.FlowContent content);

    /** Keeps the next box on the page of the box before it (an end mark with the text it ends). */
    void keepWithPrevious();

    /**
     * A horizontal rule across the measure, in a box of its own height.
     *
     * @param thickness the rule's thickness
     * @param colour    its colour
     * @param height    the box's height; the rule is drawn at its foot
     */
    void rule(float thickness, Rgb colour, float height);

    /**
     * A picture at the left of the measure, with a line of text beside it, centred on the
     * picture's height (a letterhead's logo and name).
     *
     * @param picture the picture
     * @param altText what it shows
     * @param width   its width
     * @param height  its height
     * @param gap     the space between it and the text
     * @param runs    the text
     * @param style   the text's paragraph style
     */
    void pictureLine(Image picture, String altText, float width, float height, float gap, List<TextRun> runs,
            ParagraphStyle style);

    /**
     * An entry of a table of contents: its number hung in {@code numberWidth}, its text, and after
     * a dotted leader, right-aligned, the page its destination lands on, which is filled in when
     * the whole document is laid out. The whole entry links to the destination.
     *
     * @param number      the heading's number, or ""
     * @param text        the heading's text
     * @param destination where the heading is
     * @param style       the entry's style
     * @param indent      the entry's indent from the measure's left
     * @param numberWidth the space for the number (0 for none); a number wider than this (such
     *                    as "Appendix A") widens it for this entry, to the number and a space
     * @param leader      the colour of the leader's dots
     */
    void contentsEntry(String number, String text, String destination, ParagraphStyle style, float indent,
            float numberWidth, Rgb leader);

    /**
     * Sets the style of the model's paragraphs from here on (lists and quotes follow it).
     *
     * @param style the body style
     */
    void bodyStyle(ParagraphStyle style);

    /** @return the width of the measure here */
    float measure();

    /** Lays out the endnotes cited so far, numbered, each linked from its marker; none if there are none. */
    void endnotes();

    /** @return whether notes have been cited that are still to be set as endnotes */
    boolean hasEndnotes();

    /** @param points vertical space */
    void space(float points);

    /** Ends the page; what follows starts a new one. */
    void pageBreak();
}
