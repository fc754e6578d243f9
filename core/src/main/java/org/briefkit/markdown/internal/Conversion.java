package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.briefkit.InvalidDocumentException;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;
import org.briefkit.model.Block;
import org.briefkit.model.Inline;
import org.briefkit.model.Note;

/**
 * The state of converting one flexmark tree into the model: the source for messages, the limits,
 * the ids, the image loader, and what the conversion finds for the document as a whole (the
 * summary, the end mark). The converters for blocks, inlines, tables, figures and divs share it.
 */
final class Conversion {
    final Source source;
    final MarkdownLimits limits;
    final Progress progress;
    final ImageLoader images;
    final Ids ids;
    final Document tree;
    final BlockConverter blocks;
    final InlineConverter inlines;
    final TableConverter tables;
    final FigureConverter figures;
    final FencedDivs divs;
    final List<Block> summary = new ArrayList<>();
    private String endMark;
    private boolean inNote;
    private long noteCharacters;

    /**
     * @param source   the text
     * @param limits   the nesting limit in particular
     * @param progress counts the work at every node, and stops a read over budget or cancelled
     * @param images   loads figures' images
     * @param ids      the document's ids
     * @param tree     flexmark's tree of the text
     */
    Conversion(Source source, MarkdownLimits limits, Progress progress, ImageLoader images, Ids ids, Document tree) {
        this.source = source;
        this.limits = limits;
        this.progress = progress;
        this.images = images;
        this.ids = ids;
        this.tree = tree;
        this.blocks = new BlockConverter(this);
        this.inlines = new InlineConverter(this, tree, -1);
        this.tables = new TableConverter(this);
        this.figures = new FigureConverter(this);
        this.divs = new FencedDivs(this);
    }

    /** @param offset where the problem is; @param problem what it is; @return the error to throw */
    MarkdownException error(int offset, String problem) {
        return source.error(offset, problem);
    }

    /** Counts one node converted as work, notes progress, and stops when over budget or cancelled. */
    void tick(int offset) {
        progress.spend(1, offset);
    }

    /**
     * @param depth  the depth of an element about to be made, 1 for the top level
     * @param offset where it is
     * @throws MarkdownException when the depth is beyond the limit
     */
    void checkDepth(int depth, int offset) {
        if (depth > limits.maxDepth()) {
            throw error(offset, "blocks and inlines nest more than " + limits.maxDepth()
                    + " levels deep here; the limit is " + limits.maxDepth() + " (MarkdownLimits.maxDepth)");
        }
    }

    /**
     * Makes a model value, and reports the model's refusal at the Markdown that produced it.
     *
     * @param offset where the Markdown is
     * @param make   makes the value
     * @return the value
     */
    <T> T build(int offset, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidDocumentException e) {
            throw error(offset, e.getMessage());
        }
    }

    /**
     * Inline Markdown written inside an attribute, such as a callout's {@code title="..."} or a
     * figure's credit: parsed on its own, errors reported at the attribute's owner.
     *
     * @param text   the attribute's value
     * @param offset where its owner is
     * @param depth  the depth of the inlines made
     * @return its inlines; text that is not a single paragraph is kept as plain text
     */
    List<Inline> inlineText(String text, int offset, int depth) {
        if (text.isBlank()) {
            return List.of();
        }
        Document mini;
        try {
            mini = MarkdownParser.parse(WatchedText.inside(text, progress, offset));
        } catch (SyntaxProblem e) {
            throw error(offset, e.getMessage());
        }
        Node first = mini.getFirstChild();
        if (first instanceof Paragraph paragraph && paragraph.getNext() == null) {
            return Inlines.strip(new InlineConverter(this, mini, offset).children(paragraph, depth));
        }
        return List.of(Inlines.text(text.strip()));
    }

    /**
     * @param reference the footnote reference
     * @param block     its definition
     * @param offset    where the reference is
     * @param depth     the depth of the note
     * @return the note, its blocks converted anew for each reference
     */
    Note note(Footnote reference, FootnoteBlock block, int offset, int depth) {
        String label = "[^" + reference.getText() + "]";
        if (inNote) {
            throw error(offset, "footnote " + label + " is referenced inside another footnote; a note cannot hold"
                    + " a note");
        }
        noteCharacters += block.getTextLength();
        if (noteCharacters > Math.max(4L * source.text().length(), 1L << 20)) {
            throw error(offset, "footnotes are referenced so often that the document would grow past "
                    + noteCharacters + " characters; reference each footnote once");
        }
        inNote = true;
        try {
            List<Block> content = blocks.children(block, depth + 1);
            if (content.isEmpty()) {
                throw error(offset, "footnote " + label + " is empty; write its text after '" + label + ": '");
            }
            return new Note(content);
        } finally {
            inNote = false;
        }
    }

    /**
     * @param mark   the document's end mark, found at its end
     * @param offset where it is
     */
    void endMark(String mark, int offset) {
        tick(offset);
        endMark = mark;
    }

    /** @return the end mark found at the document's end, or null */
    String endMark() {
        return endMark;
    }
}
