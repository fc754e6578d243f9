package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;
import org.briefkit.pdf.internal.font.FontFace;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.pdf.internal.text.InlineCollector;
import org.briefkit.pdf.internal.text.LineBreaker;
import org.briefkit.pdf.internal.text.LineSetter;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.ParagraphItems;
import org.briefkit.pdf.internal.text.SetLine;
import org.briefkit.pdf.internal.text.StyledText;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.pdf.internal.text.Typesetter;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Palette;

/**
 * Lays out blocks into the vertical list: each kind of block becomes boxes (lines, rows,
 * pictures), spaces and break costs, in a {@link Frame} that says where and in what style.
 * Paragraphs are broken into lines one at a time, with widow and orphan control between their
 * lines; headings keep with what follows; lists hang their labels; quotes, callouts and code
 * blocks draw their bars and fills on every page they reach.
 */
final class BlockLayouter implements BlockVisitor<Void> {
    /** Encourages a page break before a heading rather than in the text before it. */
    static final int BEFORE_HEADING = -30;
    private static final int INSIDE_CODE = 50;
    private static final int INSIDE_CALLOUT = 20;
    /** Display text of up to this many lines is balanced. */
    static final int BALANCED_LINES = 4;

    private final LayoutEnv env;
    private final Stacker stacker;
    private final Frame frame;

    BlockLayouter(LayoutEnv env, Stacker stacker, Frame frame) {
        this.env = env;
        this.stacker = stacker;
        this.frame = frame;
    }

    private BlockLayouter in(Frame inner) {
        return new BlockLayouter(env, stacker, inner);
    }

    void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            b.accept(this);
        }
    }

    // ---------------------------------------------------------------- paragraphs

    StyledText styled(List<Inline> inlines, TextStyle style) {
        return InlineCollector.collect(inlines, style, env.theme.fonts().mono(), env.theme.palette().link(), env.notes);
    }

    /** Runs in styles of their own as one paragraph's styled text. */
    StyledText styled(List<TextRun> runs) {
        StyledText.Builder b = StyledText.builder();
        for (TextRun run : runs) {
            InlineCollector.collect(b, run.content(), run.style(), env.theme.fonts().mono(),
                    env.theme.palette().link(), env.notes);
        }
        return b.build();
    }

    List<SetLine> typeset(StyledText text, ParagraphStyle style, float width) {
        return typeset(text, style, LineBreaker.LineWidths.constant(width));
    }

    List<SetLine> typeset(StyledText text, ParagraphStyle style, LineBreaker.LineWidths widths) {
        Align align = style.align();
        Hyphenation h = style.text().hyphenate() ? env.hyphenation : Hyphenation.NONE;
        ParagraphItems.Settings settings = new ParagraphItems.Settings(env.fonts, h, env.language,
                align == Align.JUSTIFY, widths.narrowest(), env.where);
        return Typesetter.typeset(text, settings, widths, align, style.text().size());
    }

    /**
     * Sets display text (a title, a heading) flush left in lines of even length: as many lines
     * as the measure needs, but broken at the narrowest width that still needs no more, so a
     * two-line title reads "Open Late, / Close By" rather than "Open Late, Close / By". Text of
     * one line, of more than {@value #BALANCED_LINES} lines, or not flush left is set as usual.
     */
    List<SetLine> balanced(StyledText text, ParagraphStyle style, float width) {
        List<SetLine> lines = typeset(text, style, width);
        int n = lines.size();
        if (n < 2 || n > BALANCED_LINES || style.align() != Align.LEFT) {
            return lines;
        }
        float lo = width / n;
        float hi = width;
        List<SetLine> best = lines;
        while (hi - lo > 1) {
            float mid = (lo + hi) / 2;
            List<SetLine> tried = typeset(text, style, mid);
            if (tried.size() <= n) {
                hi = mid;
                best = tried;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** Sets a paragraph's lines into the list, with widow and orphan control between them. */
    List<LineBox> paragraph(StyledText text, ParagraphStyle style, Block source) {
        return paragraph(text, style, source, false);
    }

    /**
     * Sets a paragraph's lines into the list, with widow and orphan control between them; display
     * text ({@code balance}) in lines of even length ({@link #balanced}).
     */
    List<LineBox> paragraph(StyledText text, ParagraphStyle style, Block source, boolean balance) {
        List<SetLine> lines = balance ? balanced(text, style, frame.width()) : typeset(text, style, frame.width());
        if (lines.isEmpty()) {
            text.anchors().forEach(a -> stacker.anchor(a.id()));
            return List.of();
        }
        stacker.space(style.spaceBefore());
        int n = lines.size();
        int orphans = env.theme.orphanLines();
        int widows = env.theme.widowLines();
        List<LineBox> boxes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                boolean allowed = i >= orphans && n - i >= widows;
                stacker.penalty(allowed ? 0 : VItem.Penalty.INFINITY);
            }
            LineBox box = lineBox(lines.get(i), style, frame.left(), source);
            stacker.box(box);
            boxes.add(box);
        }
        stacker.space(style.spaceAfter());
        return boxes;
    }

    /** A line's box: the style's leading, or more when the line holds taller text; footnotes attached. */
    LineBox lineBox(SetLine line, ParagraphStyle style, float indent, Block source) {
        TextStyle t = style.text();
        FontFace face = env.fonts.face(t.family(), t.face());
        float ascent = face.ascent() * t.size() / 1000f;
        float descent = face.descent() * t.size() / 1000f;
        float halfLeading = (style.leading() - ascent - descent) / 2;
        float baseline = Math.max(halfLeading + ascent, line.ascent());
        float height = baseline + Math.max(style.leading() - halfLeading - ascent, line.descent());
        List<Footnote> notes = List.of();
        if (!line.notes().isEmpty() && !env.notes.endnotes()) {
            notes = new ArrayList<>();
            for (StyledText.NoteRef ref : line.notes()) {
                notes.addAll(footnotes(ref));
            }
        }
        LineBox box = new LineBox(line, indent, height, baseline, notes, frame.backdrops(), source);
        claimLabel(box);
        return box;
    }

    private void claimLabel(VBox box) {
        Frame.LabelSlot slot = frame.label();
        if (slot != null && !slot.used) {
            slot.used = true;
            box.label(slot.label);
        }
    }

    /** A single line of text set in a style, for labels and running heads. */
    SetLine line(String text, TextStyle style, float width, Align align) {
        return line(text, style, width, align, null);
    }

    /** A single line of text set in a style, linked to {@code link} ({@code #name} or a URI; null for none). */
    SetLine line(String text, TextStyle style, float width, Align align, String link) {
        StyledText st = StyledText.builder().append(text, style, link).build();
        ParagraphStyle ps = new ParagraphStyle(style.withHyphenation(false), style.size() * 1.2f, align, 0, 0);
        List<SetLine> lines = typeset(st, ps, Math.max(width, 1));
        return lines.isEmpty() ? null : lines.get(0);
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        paragraph(styled(paragraph.content(), frame.body().text()), frame.body(), paragraph);
        return null;
    }

    // ---------------------------------------------------------------- notes

    /**
     * Lays out a note for the foot of the page: its number hung in the margin (linked back to the
     * marker), its blocks in the note style, a destination at its first line for the marker's link.
     */
    List<Footnote> footnotes(StyledText.NoteRef ref) {
        ParagraphStyle style = env.styles.note().withAlign(frame.body().align() == Align.JUSTIFY
                && env.theme.justify() ? Align.JUSTIFY : Align.LEFT);
        float width = (float) env.theme.textWidth();
        float indent = noteIndent(style);
        List<VItem> collected = new ArrayList<>();
        Stacker inner = new Stacker(collected::add);
        SetLine number = line(Integer.toString(ref.number()), style.text(), indent - style.text().size() * 0.45f,
                Align.RIGHT, "#" + NoteRegistry.reference(ref.number()));
        Frame noteFrame = new Frame(indent, width - indent, VItem.NO_BACKDROPS, style, 0,
                number == null ? null : new Frame.LabelSlot(new Label(number, 0)));
        BlockLayouter layouter = new BlockLayouter(env, inner, noteFrame);
        layouter.blocks(ref.note().content());
        List<VBox> lines = new ArrayList<>();
        List<Float> gaps = new ArrayList<>();
        List<Footnote> nested = new ArrayList<>();
        float gap = 0;
        for (VItem item : collected) {
            if (item instanceof VBox box) {
                lines.add(box);
                gaps.add(lines.size() == 1 ? 0 : gap);
                gap = 0;
                nested.addAll(box.footnotes());
            } else if (item instanceof VItem.Glue g) {
                gap += g.height();
            }
        }
        if (!lines.isEmpty()) {
            lines.get(0).anchor(NoteRegistry.destination(ref.number()));
        }
        float[] spaceBefore = new float[gaps.size()];
        for (int i = 0; i < spaceBefore.length; i++) {
            spaceBefore[i] = gaps.get(i);
        }
        List<Footnote> out = new ArrayList<>();
        out.add(new Footnote(ref.number(), lines, spaceBefore));
        out.addAll(nested);
        return out;
    }

    private float noteIndent(ParagraphStyle style) {
        return style.text().size() * 1.8f;
    }

    // ---------------------------------------------------------------- headings

    @Override
    public Void visitHeading(Heading heading) {
        int level = heading.level();
        ParagraphStyle style = env.styles.heading(level);
        if (env.headings == null || !env.headings.contains(heading)) {
            // a heading the document's list leaves out (inside a note): set, not numbered or bookmarked
            heading(heading.content(), "", style, null, heading);
            return null;
        }
        org.briefkit.compose.HeadingInfo known = env.headings.of(heading);
        HeadingInfo info = new HeadingInfo(level, known.number(), known.text().strip(), heading.attr().id(),
                known.anchor(), false);
        heading(heading.content(), known.number(), style, info, heading);
        return null;
    }

    /**
     * Sets a heading: never hyphenated, in balanced lines, kept together and with the two lines
     * that follow.
     */
    void heading(List<Inline> content, String label, ParagraphStyle style, HeadingInfo info, Block source) {
        StyledText.Builder b = StyledText.builder();
        if (!label.isEmpty()) {
            b.append(label + "\u2002", style.text(), null);
        }
        InlineCollector.collect(b, content, style.text(), env.theme.fonts().mono(), env.theme.palette().link(),
                env.notes);
        List<SetLine> lines = balanced(b.build(), style, frame.width());
        if (lines.isEmpty()) {
            lines = List.of(line("\u00A0", style.text(), frame.width(), Align.LEFT));
        }
        stacker.penalty(BEFORE_HEADING);
        stacker.space(style.spaceBefore());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                stacker.penalty(VItem.Penalty.INFINITY);
            }
            LineBox box = lineBox(lines.get(i), style, frame.left(), source);
            if (i == 0 && info != null) {
                box.heading(info);
            } else if (i == 0 && source instanceof Heading h && h.attr().hasId()) {
                box.anchor(h.attr().id());
            }
            stacker.box(box);
        }
        stacker.space(style.spaceAfter());
        stacker.keep(2);
    }

    // ---------------------------------------------------------------- lists

    @Override
    public Void visitBulletList(BulletList list) {
        String[] bullets = {"\u2022", "\u2013", "\u25E6", "\u2022"};
        String bullet = bullets[Math.min(frame.listDepth(), bullets.length - 1)];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            labels.add(bullet);
        }
        list(list.items(), labels, list);
        return null;
    }

    @Override
    public Void visitOrderedList(OrderedList list) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            labels.add(list.style().format(list.start() + i) + ".");
        }
        list(list.items(), labels, list);
        return null;
    }

    private void list(List<ListItem> items, List<String> labels, Block source) {
        ParagraphStyle body = frame.body();
        TextStyle labelStyle = body.text().withFace(FontStyle.REGULAR);
        float gap = body.text().size() * 0.5f;
        float widest = 0;
        for (String l : labels) {
            FontFace face = env.fonts.face(labelStyle.family(), labelStyle.face());
            widest = Math.max(widest, face.advance(l) * labelStyle.size() / 1000f);
        }
        float indent = Math.max(body.text().size() * (frame.listDepth() == 0 ? 1.6f : 1.4f), widest + gap);
        float itemGap = (float) env.theme.type().paragraphGap() * 0.5f;
        ParagraphStyle itemStyle = body.spaced(0, itemGap);
        stacker.space(body.spaceAfter());
        boolean hang = frame.canNest(indent, 0);
        for (int i = 0; i < items.size(); i++) {
            List<Block> content = items.get(i).content();
            if (!hang) {
                // nested past the narrowest measure: the label runs in, since there is no room to hang it
                in(frame.nestedList().withBody(itemStyle).withLabel(null)).blocks(runIn(labels.get(i), content));
                stacker.space(itemGap);
                continue;
            }
            SetLine label = line(labels.get(i), labelStyle, indent - gap, Align.RIGHT);
            Frame.LabelSlot slot = label == null ? null : new Frame.LabelSlot(new Label(label, frame.left()));
            Frame itemFrame = frame.nest(indent, 0).nestedList().withBody(itemStyle).withLabel(slot);
            BlockLayouter inner = in(itemFrame);
            inner.blocks(content);
            if (slot != null && !slot.used) {
                // an empty item still shows its label
                inner.paragraph(StyledText.builder().append("\u00A0", itemStyle.text(), null).build(), itemStyle,
                        source);
            }
            stacker.space(itemGap);
        }
        stacker.space(body.spaceAfter());
    }

    /** A list item's blocks with its label run in at the start of the first paragraph (or before the first block). */
    private static List<Block> runIn(String label, List<Block> content) {
        List<Block> out = new ArrayList<>(content.size() + 1);
        if (!content.isEmpty() && content.get(0) instanceof Paragraph first) {
            List<Inline> inlines = new ArrayList<>(first.content().size() + 1);
            inlines.add(new Text(label + "\u00A0"));
            inlines.addAll(first.content());
            out.add(new Paragraph(inlines));
            out.addAll(content.subList(1, content.size()));
        } else {
            out.add(Paragraph.of(label));
            out.addAll(content);
        }
        return out;
    }

    // ---------------------------------------------------------------- quotes and boxes

    @Override
    public Void visitBlockQuote(BlockQuote quote) {
        ParagraphStyle body = frame.body();
        float em = body.text().size();
        Palette palette = env.theme.palette();
        Frame inner = frame.nest(em * 1.6f, em * 1.6f);
        if (inner != frame) {
            // past the narrowest measure a quote is not indented, and a bar would strike through its text
            inner = inner.with(new Backdrop(Backdrop.Kind.BAR, frame.left() + em * 0.3f, 2f, palette.accent()));
        }
        stacker.space(body.spaceAfter() * 1.5f);
        in(inner).blocks(quote.content());
        attribution(quote.attribution(), inner, Align.RIGHT, quote);
        stacker.space(body.spaceAfter() * 1.5f);
        return null;
    }

    private void attribution(List<Inline> attribution, Frame inner, Align align, Block source) {
        if (attribution.isEmpty()) {
            return;
        }
        ParagraphStyle style = env.styles.attribution().withAlign(align);
        stacker.penalty(VItem.Penalty.INFINITY);
        in(inner).paragraph(attributionText(attribution, style), style, source);
    }

    @Override
    public Void visitPullQuote(PullQuote quote) {
        ParagraphStyle style = env.styles.pullQuote();
        org.briefkit.theme.Rgb accent = env.theme.palette().accent();
        float inset = frame.width() * 0.08f;
        BlockLayouter inner = in(frame.indent(inset, inset));
        StackBox box = new StackBox(frame.backdrops(), quote);
        float x = frame.left() + frame.width() * 0.3f;
        float w = frame.width() * 0.4f;
        box.rule(x, 4, x + w, 4, 1.2f, accent);
        float y = 4 + style.text().size() * 0.7f;
        y = inner.stack(box, inner.styled(quote.content(), style.text()), style, y, quote);
        if (!quote.attribution().isEmpty()) {
            ParagraphStyle a = env.styles.attribution().withAlign(Align.CENTER);
            y = inner.stack(box, attributionText(quote.attribution(), a), a, y + 4, quote);
        }
        y += style.text().size() * 0.6f;
        box.rule(x, y, x + w, y, 1.2f, accent);
        box.setHeight(y + 4);
        stacker.space(style.spaceBefore());
        claimLabel(box);
        stacker.box(box);
        stacker.space(style.spaceAfter());
        return null;
    }

    private StyledText attributionText(List<Inline> attribution, ParagraphStyle style) {
        StyledText.Builder b = StyledText.builder().append("\u2014\u2009", style.text(), null);
        InlineCollector.collect(b, attribution, style.text(), env.theme.fonts().mono(), env.theme.palette().link(),
                env.notes);
        return b.build();
    }

    /** A horizontal rule in a box of its own height, centred vertically. */
    private StackBox rule(float x, float width, float thickness, org.briefkit.theme.Rgb colour, float height,
            Block source) {
        StackBox box = new StackBox(frame.backdrops(), source);
        box.rule(x, height / 2, x + width, height / 2, thickness, colour);
        box.setHeight(height);
        return box;
    }

    @Override
    public Void visitCallout(Callout callout) {
        float pad = (float) env.theme.type().body() * 0.9f;
        Palette palette = env.theme.palette();
        Backdrop fill = new Backdrop(Backdrop.Kind.FILL, frame.left(), frame.width(), palette.calloutFill());
        Frame inner = frame.with(fill).nest(pad, pad);
        if (callout.attr().hasId()) {
            stacker.anchor(callout.attr().id());
        }
        stacker.space(frame.body().spaceAfter() * 2);
        stacker.pad(pad, inner.backdrops(), false);
        BlockLayouter in = in(inner);
        if (!callout.title().isEmpty()) {
            ParagraphStyle title = env.styles.calloutTitle();
            in.paragraph(in.styled(callout.title(), title.text()), title, callout);
            stacker.keep(2);
        }
        in(inner).blocks(callout.content());
        stacker.penalty(INSIDE_CALLOUT);
        stacker.pad(pad, inner.backdrops(), true);
        stacker.space(frame.body().spaceAfter() * 2);
        return null;
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
        ParagraphStyle style = env.styles.code();
        float pad = style.text().size() * 0.8f;
        Backdrop fill = new Backdrop(Backdrop.Kind.FILL, frame.left(), frame.width(),
                env.theme.palette().calloutFill());
        Frame inner = frame.with(fill).nest(pad, pad);
        BlockLayouter in = in(inner);
        if (code.attr().hasId()) {
            stacker.anchor(code.attr().id());
        }
        stacker.space(frame.body().spaceAfter() * 1.5f);
        stacker.pad(pad * 0.7f, inner.backdrops(), false);
        String[] sourceLines = code.text().replace("\t", "    ").split("\n", -1);
        int total = sourceLines.length;
        while (total > 1 && sourceLines[total - 1].isBlank()) {
            total--;
        }
        // a source line too long for the measure wraps; its continuation lines hang two characters in
        float hang = env.fonts.face(style.text().family(), style.text().face()).advance(' ') * style.text().size()
                / 1000f * 2;
        List<SetLine> lines = new ArrayList<>();
        List<Float> indents = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String s = sourceLines[i].stripTrailing();
            StyledText st = StyledText.builder().verbatim().append(s.isEmpty() ? "\u00A0" : s, style.text(), null)
                    .build();
            List<SetLine> set = in.typeset(st, style, LineBreaker.LineWidths.firstAndRest(inner.width(),
                    inner.width() - hang));
            for (int k = 0; k < set.size(); k++) {
                lines.add(set.get(k));
                indents.add(k == 0 ? 0f : hang);
            }
        }
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                stacker.penalty(i >= 2 && n - i >= 2 ? INSIDE_CODE : VItem.Penalty.INFINITY);
            }
            stacker.box(in.lineBox(lines.get(i), style, inner.left() + indents.get(i), code));
        }
        stacker.pad(pad * 0.7f, inner.backdrops(), true);
        stacker.space(frame.body().spaceAfter() * 1.5f);
        return null;
    }

    // ---------------------------------------------------------------- figures, tables, breaks

    @Override
    public Void visitFigure(Figure figure) {
        float maxWidth = frame.width();
        float maxHeight = env.textHeight() * 0.7f;
        float w = figure.image().displayWidthPx() * 72f / 150f;
        float h = figure.image().displayHeightPx() * 72f / 150f;
        float scale = Math.min(1, Math.min(maxWidth / w, maxHeight / h));
        if (w < maxWidth * 0.5f && h < maxHeight * 0.5f) {
            scale = Math.min(maxWidth * 0.5f / w, maxHeight * 0.5f / h); // small pictures are enlarged to a useful size
            scale = Math.min(scale, 2f);
        }
        w *= scale;
        h *= scale;
        StackBox box = new StackBox(frame.backdrops(), figure);
        box.add(new ImageVBox(figure.image(), figure.altText(), frame.left() + (frame.width() - w) / 2, w, h,
                frame.backdrops(), figure), 0, 0);
        float y = h;
        y = stackLines(box, figure.caption(), env.styles.caption(), y + 5, figure);
        stackLines(box, figure.credit(), env.styles.credit(), y + 1, figure);
        if (figure.attr().hasId()) {
            stacker.anchor(figure.attr().id());
        }
        stacker.space(frame.body().spaceAfter() * 2);
        claimLabel(box);
        box.floats(frame.listDepth() == 0 && frame.backdrops().length == 0);
        stacker.box(box);
        stacker.space(frame.body().spaceAfter() * 2);
        return null;
    }

    /** Sets inlines as lines into a stack box from {@code y}; returns the y below them. */
    float stackLines(StackBox box, List<Inline> content, ParagraphStyle style, float y, Block source) {
        if (content.isEmpty()) {
            return y;
        }
        return stack(box, styled(content, style.text()), style, y, source);
    }

    /** Sets styled text as lines into a stack box from {@code y}; returns the y below them. */
    float stack(StackBox box, StyledText text, ParagraphStyle style, float y, Block source) {
        for (SetLine l : typeset(text, style, frame.width())) {
            LineBox line = lineBox(l, style, frame.left(), source);
            box.add(line, 0, y);
            y += line.height();
        }
        return y;
    }

    @Override
    public Void visitTable(Table table) {
        new TableLayout(env, stacker, frame, this).layout(table);
        return null;
    }

    @Override
    public Void visitThematicBreak(ThematicBreak rule) {
        float gap = frame.body().spaceAfter();
        stacker.space(gap);
        stacker.box(rule(frame.left() + frame.width() * 0.35f, frame.width() * 0.3f, 0.75f,
                env.theme.palette().rule(), (float) env.theme.type().bodyLeading(), rule));
        stacker.space(gap * 1.5f);
        return null;
    }

    @Override
    public Void visitPageBreak(PageBreak pageBreak) {
        stacker.penalty(-VItem.Penalty.INFINITY);
        return null;
    }

    @Override
    public Void visitDiv(Div div) {
        if (div.attr().hasId()) {
            stacker.anchor(div.attr().id());
        }
        var attr = div.attr();
        if (attr.hasClass("callout") || attr.hasClass("box") || attr.hasClass("sidebar")) {
            new Callout(attr, List.of(), div.content()).accept(this);
            return null;
        }
        if (attr.hasClass("page-break") || attr.hasClass("pagebreak")) {
            stacker.penalty(-VItem.Penalty.INFINITY);
        }
        Frame inner = frame;
        if (attr.hasClass("center") || attr.hasClass("centered")) {
            inner = inner.withBody(inner.body().withAlign(Align.CENTER));
        } else if (attr.hasClass("right")) {
            inner = inner.withBody(inner.body().withAlign(Align.RIGHT));
        } else if (attr.hasClass("left") || attr.hasClass("ragged")) {
            inner = inner.withBody(inner.body().withAlign(Align.LEFT));
        }
        if (attr.hasClass("small")) {
            inner = inner.withBody(inner.body().scaled((float) env.theme.type().caption()));
        } else if (attr.hasClass("lead")) {
            inner = inner.withBody(inner.body().scaled((float) env.theme.type().subtitle() * 0.85f));
        }
        in(inner).blocks(div.content());
        return null;
    }

    /** @return plain text as a paragraph's inlines */
    static List<Inline> text(String s) {
        return List.of(new Text(s));
    }
}
