package org.briefkit.docx.internal.inlines;

import java.math.BigInteger;
import java.util.List;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Flow;
import org.briefkit.docx.internal.blocks.Scope;
import org.briefkit.docx.internal.notes.Notes;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Code;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Inline;
import org.briefkit.model.InlineVisitor;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.Note;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes inlines into a paragraph as Word runs: one run per piece of text, carrying the
 * formatting of the inlines around it; links as {@code w:hyperlink} (to a bookmark or through a
 * relationship); notes as real footnotes or endnotes; ids as bookmarks around their text.
 *
 * <p>Two things Word cannot hold are set another way, and nothing is dropped: a link inside a
 * link keeps its text in the outer link; a note inside a note is set in brackets where its mark
 * would be.
 */
public final class InlineWriter implements InlineVisitor<Void> {
    private final RenderContext ctx;
    private final Flow flow;
    private final boolean inNote;
    private Runs runs;
    private RunFormat format = RunFormat.PLAIN;

    /**
     * @param ctx       the render
     * @param flow      the flow the paragraph is in (for relationships)
     * @param paragraph the paragraph to write into
     * @param inNote    whether the paragraph is in a note
     */
    public InlineWriter(RenderContext ctx, Flow flow, CTP paragraph, boolean inNote) {
        this.ctx = ctx;
        this.flow = flow;
        this.inNote = inNote;
        this.runs = Runs.of(paragraph);
    }

    /** @param inlines the inlines to write, in order; @return this writer */
    public InlineWriter write(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        return this;
    }

    /**
     * Writes plain text that the layout adds (labels, the dateline, running heads).
     *
     * @param text  the text
     * @param style a character style id, or null
     * @param where where the text comes from, for error messages
     * @return this writer
     */
    public InlineWriter text(String text, String style, String where) {
        if (!text.isEmpty()) {
            RunFormat f = style == null ? format : format.withStyle(style);
            TextRuns.append(f.applyTo(runs.run()), text, where);
        }
        return this;
    }

    /**
     * Writes a link the layout adds (an email address, a website, a related item).
     *
     * @param uri   the target
     * @param text  the link text
     * @param where where the text comes from
     * @return this writer
     */
    public InlineWriter link(String uri, String text, String where) {
        CTHyperlink h = runs.hyperlink();
        h.setId(ctx.linkRelation(flow.part(), uri));
        h.setHistory(true);
        inside(h, () -> text(text, null, where));
        return this;
    }

    /**
     * Writes a link to a bookmark, without the Hyperlink style (as Word sets the entries of a
     * table of contents).
     *
     * @param bookmark the bookmark's name
     * @param content  writes the link's runs through this writer
     * @return this writer
     */
    public InlineWriter anchorLink(String bookmark, Runnable content) {
        CTHyperlink h = runs.hyperlink();
        h.setAnchor(bookmark);
        h.setHistory(true);
        Runs outer = runs;
        runs = Runs.of(h);
        content.run();
        runs = outer;
        return this;
    }

    /** @return where the runs go, for fields and marks the layout adds */
    public Runs runs() {
        return runs;
    }

    @Override
    public Void visitText(Text text) {
        text(text.text(), null, "text");
        return null;
    }

    @Override
    public Void visitEmphasis(Emphasis emphasis) {
        return with(format.withItalic(), emphasis.content());
    }

    @Override
    public Void visitStrong(Strong strong) {
        return with(format.withBold(), strong.content());
    }

    @Override
    public Void visitStrikeout(Strikeout strikeout) {
        return with(format.withStrike(), strikeout.content());
    }

    @Override
    public Void visitSuperscript(Superscript superscript) {
        return with(format.withVertical(1), superscript.content());
    }

    @Override
    public Void visitSubscript(Subscript subscript) {
        return with(format.withVertical(-1), subscript.content());
    }

    @Override
    public Void visitSmallCaps(SmallCaps smallCaps) {
        return with(format.withSmallCaps(), smallCaps.content());
    }

    @Override
    public Void visitCode(Code code) {
        bookmarked(code.attr().id(), () -> {
            if (!code.text().isEmpty()) {
                TextRuns.append(format.withStyle(StyleIds.CODE).applyTo(runs.run()), code.text(), "code");
            }
        });
        return null;
    }

    @Override
    public Void visitLink(Link link) {
        bookmarked(link.attr().id(), () -> {
            if (runs.inLink()) {
                write(link.content());
                return;
            }
            CTHyperlink h = runs.hyperlink();
            if (link.isInternal()) {
                h.setAnchor(ctx.anchors().nameOf(link.targetId()));
            } else {
                h.setId(ctx.linkRelation(flow.part(), link.target()));
            }
            if (!link.title().isEmpty()) {
                h.setTooltip(TextRuns.attribute(link.title(), "link title"));
            }
            h.setHistory(true);
            inside(h, () -> write(link.content()));
        });
        return null;
    }

    @Override
    public Void visitNote(Note note) {
        if (inNote) {
            text(" [", null, "note");
            new NestedNote(this).write(note.content());
            text("]", null, "note");
            return null;
        }
        Notes notes = ctx.notes();
        Notes.Body body = notes.open();
        Flow noteFlow = Flow.of(body.xml(), body.part(), ctx.anchors());
        new BlockWriter(ctx, noteFlow, Scope.note(notes.textStyle(), ctx.textWidth())).write(note.content());
        noteFlow.endWithParagraph();
        notes.close(body);
        notes.cite(runs.run(), body);
        return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
        format.applyTo(runs.run()).addNewBr();
        return null;
    }

    @Override
    public Void visitSpan(Span span) {
        RunFormat styled = ctx.styles().characterStyle(span.attr()).map(format::withStyle).orElse(format);
        bookmarked(span.attr().id(), () -> with(styled, span.content()));
        return null;
    }

    private Void with(RunFormat inner, List<Inline> content) {
        RunFormat outer = format;
        format = inner;
        write(content);
        format = outer;
        return null;
    }

    private void inside(CTHyperlink link, Runnable body) {
        Runs outerRuns = runs;
        RunFormat outer = format;
        runs = Runs.of(link);
        format = format.withStyle(StyleIds.HYPERLINK);
        body.run();
        runs = outerRuns;
        format = outer;
    }

    private void bookmarked(String id, Runnable body) {
        if (id.isEmpty()) {
            body.run();
            return;
        }
        BigInteger mark = ctx.anchors().nextMarkId();
        runs.bookmarkStart(ctx.anchors().nameOf(id), mark);
        body.run();
        runs.bookmarkEnd(mark);
    }
}
