package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.compose.Headings;
import org.briefkit.model.Block;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.SetLine;
import org.briefkit.pdf.internal.text.StyledText;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.Rgb;
import org.briefkit.theme.Theme;

/**
 * Lays out a sequence of {@link Section}s into pages: flows are broken into lines and pages as
 * they come (so memory holds the current paragraph and page, plus the finished pages' boxes),
 * fixed pages are drawn as they are; then, when the page count is known, every page gets its
 * running header and footer. One engine per render.
 */
public final class LayoutEngine {
    private final LayoutEnv env;
    private final Metadata metadata;
    private final PageBuilder pages;

    /**
     * @param theme       the theme
     * @param metadata    the document's metadata, for running heads
     * @param fonts       the render's fonts
     * @param hyphenation the language's hyphenation, or {@link Hyphenation#NONE}
     * @param endnotes    whether notes are collected as endnotes (otherwise set as footnotes)
     * @param headings    the document's headings with their anchors and numbers, shared with the DOCX
     */
    public LayoutEngine(Theme theme, Metadata metadata, FontSet fonts, Hyphenation hyphenation, boolean endnotes,
            Headings headings) {
        Locale language = metadata.language();
        this.env = new LayoutEnv(theme, fonts, hyphenation, language, endnotes, headings);
        this.metadata = metadata;
        float width = (float) theme.pageSize().width();
        float height = (float) theme.pageSize().height();
        this.pages = new PageBuilder(width, height, n -> new Rect((float) theme.margins().left(n),
                (float) theme.margins().top(), (float) theme.textWidth(), (float) theme.textHeight()),
                theme.palette().rule());
        this.pages.paragraphGap((float) theme.type().paragraphGap());
    }

    /** @return the styles of this render */
    public Styles styles() {
        return env.styles;
    }

    /**
     * @param sections the document's sections, in order
     * @return the pages and where the headings landed
     */
    public LaidOutDocument layout(List<Section> sections) {
        for (Section section : sections) {
            if (section instanceof Flow flow) {
                if (flow.newPage()) {
                    pages.newPage();
                }
                pages.style(flow.style());
                if (flow.headroom() > 0) {
                    pages.raiseTop(flow.headroom());
                }
                Stacker stacker = new Stacker(pages);
                flow.content().write(new Writer(stacker, mainFrame()));
            } else {
                FixedPage fixed = (FixedPage) section;
                pages.fixedPage(fixed.style(), fixed.verso(), emitter -> fixed.painter().accept(new Canvas(emitter)));
            }
        }
        pages.finish();
        pages.drawDeferred();
        RunningHeads.apply(pages.pages(), env, metadata);
        return new LaidOutDocument(pages.pages(), pages.headings());
    }

    private Frame mainFrame() {
        return new Frame(0, (float) env.theme.textWidth(), VItem.NO_BACKDROPS, env.styles.body(), 0, null);
    }

    /**
     * The flow writer: lays blocks out into the page builder through one stacker per flow, in the
     * current frame (the measure, and the backdrops of the cards it is inside).
     */
    private final class Writer implements FlowWriter {
        private final Stacker stacker;
        private Frame frame;

        Writer(Stacker stacker, Frame frame) {
            this.stacker = stacker;
            this.frame = frame;
        }

        private BlockLayouter layouter() {
            return new BlockLayouter(env, stacker, frame);
        }

        @Override
        public void blocks(String part, List<Block> blocks) {
            BlockLayouter layouter = layouter();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                int index = i;
                env.where = () -> describe(part, index, block);
                block.accept(layouter);
            }
            env.where = () -> "the document";
        }

        @Override
        public void heading(int level, String text) {
            heading(level, text, env.generatedDestination("h"));
        }

        @Override
        public void heading(int level, String text, String destination) {
            HeadingInfo info = new HeadingInfo(level, "", text, "", destination, true);
            layouter().heading(BlockLayouter.text(text), "", env.styles.heading(level), info, null);
        }

        @Override
        public void paragraph(List<Inline> content, ParagraphStyle style) {
            runs(List.of(new TextRun(content, style.text())), style);
        }

        @Override
        public void runs(List<TextRun> runs, ParagraphStyle style) {
            BlockLayouter layouter = layouter();
            layouter.paragraph(layouter.styled(runs), style, null);
        }

        @Override
        public void display(List<Inline> content, ParagraphStyle style) {
            BlockLayouter layouter = layouter();
            layouter.paragraph(layouter.styled(List.of(new TextRun(content, style.text()))), style, null, true);
        }

        @Override
        public void card(Rgb fill, Rgb bar, float barWidth, float padding, Flow.FlowContent content) {
            Frame saved = frame;
            Backdrop back = new Backdrop(Backdrop.Kind.FILL, frame.left(), frame.width(), fill);
            Backdrop rule = new Backdrop(Backdrop.Kind.BAR, frame.left(), barWidth, bar);
            Frame inner = frame.with(back).with(rule).indent(barWidth + padding, padding);
            stacker.pad(padding, inner.backdrops(), false);
            frame = inner;
            content.write(this);
            frame = saved;
            stacker.pad(padding, inner.backdrops(), true);
        }

        @Override
        public void columns(float firstWidth, float gap, Flow.FlowContent first, Flow.FlowContent second) {
            StackBox row = new StackBox(frame.backdrops(), null);
            float secondWidth = frame.width() - firstWidth - gap;
            column(row, frame.indent(0, frame.width() - firstWidth), first);
            column(row, frame.indent(firstWidth + gap, 0), second);
            if (secondWidth > 0) {
                stacker.box(row);
            }
        }

        /** Lays content out in a frame of its own and adds its boxes to {@code row}, top-aligned. */
        private void column(StackBox row, Frame at, Flow.FlowContent content) {
            List<VItem> items = new ArrayList<>();
            Writer inner = new Writer(new Stacker(items::add), at);
            content.write(inner);
            float y = 0;
            boolean started = false;
            for (VItem item : items) {
                if (item instanceof VBox box) {
                    row.add(box, 0, y);
                    started = true;
                }
                if (started) {
                    y += item.height();
                }
            }
        }

        @Override
        public void together(Flow.FlowContent content) {
            stacker.hold();
            try {
                content.write(this);
            } finally {
                stacker.release();
            }
        }

        @Override
        public void keepWithPrevious() {
            stacker.keep(1);
        }

        @Override
        public void rule(float thickness, Rgb colour, float height) {
            StackBox box = new StackBox(frame.backdrops(), null);
            float y = height - thickness / 2;
            box.rule(frame.left(), y, frame.left() + frame.width(), y, thickness, colour);
            box.setHeight(height);
            stacker.box(box);
        }

        @Override
        public void pictureLine(Image picture, String altText, float width, float height, float gap,
                List<TextRun> runs, ParagraphStyle style) {
            StackBox box = new StackBox(frame.backdrops(), null);
            box.add(new ImageVBox(picture, altText, frame.left(), width, height, frame.backdrops(), null), 0, 0);
            Frame beside = frame.indent(width + gap, 0);
            BlockLayouter layouter = new BlockLayouter(env, stacker, beside);
            List<SetLine> lines = layouter.typeset(layouter.styled(runs), style, beside.width());
            float textHeight = lines.size() * style.leading();
            float y = Math.max(0, (height - textHeight) / 2);
            for (SetLine line : lines) {
                LineBox lb = layouter.lineBox(line, style, beside.left(), null);
                box.add(lb, 0, y);
                y += lb.height();
            }
            box.setHeight(Math.max(height, y));
            stacker.space(style.spaceBefore());
            stacker.box(box);
            stacker.space(style.spaceAfter());
        }

        @Override
        public void contentsEntry(String number, String text, String destination, ParagraphStyle style,
                float indent, float numberWidth, Rgb leader) {
            BlockLayouter layouter = layouter();
            TextStyle t = style.text();
            String digits = "888";
            SetLine widest = layouter.line(digits, t, frame.width(), Align.LEFT);
            float pageColumn = (widest == null ? t.size() * 2 : widest.natural()) + t.size();
            SetLine wide = number.isEmpty() ? null : layouter.line(number, t, frame.width(), Align.LEFT);
            if (wide != null && wide.natural() + t.size() * 0.6f > numberWidth) {
                // a number wider than its column ("Appendix A"): the text starts a space after it
                numberWidth = wide.natural() + t.size() * 0.6f;
            }
            float left = frame.left() + indent + numberWidth;
            float width = Math.max(t.size() * 4, frame.width() - indent - numberWidth - pageColumn);
            List<SetLine> lines = layouter.typeset(StyledText.builder().append(text, t, null).build(),
                    style.withAlign(Align.LEFT), width);
            if (lines.isEmpty()) {
                return;
            }
            ContentsEntryBox box = new ContentsEntryBox(frame, destination, leader, t,
                    s -> layouter.line(s, t, frame.width(), Align.LEFT));
            float y = 0;
            for (SetLine line : lines) {
                LineBox lb = layouter.lineBox(line, style, left, null);
                box.add(lb, 0, y);
                box.lastLine(left + lineEnd(line), y + lb.firstBaseline());
                y += lb.height();
            }
            if (!number.isEmpty()) {
                SetLine label = layouter.line(number, t, numberWidth, Align.LEFT);
                if (label != null) {
                    box.label(new Label(label, frame.left() + indent));
                }
            }
            stacker.space(style.spaceBefore());
            stacker.box(box);
            stacker.space(style.spaceAfter());
        }

        private static float lineEnd(SetLine line) {
            float end = 0;
            for (SetLine.Run r : line.runs()) {
                if (!r.text().isBlank()) {
                    end = Math.max(end, r.x() + r.width());
                }
            }
            return end;
        }

        @Override
        public void bodyStyle(ParagraphStyle style) {
            frame = frame.withBody(style);
        }

        @Override
        public float measure() {
            return frame.width();
        }

        @Override
        public boolean hasEndnotes() {
            return !env.notes.endnoteList().isEmpty();
        }

        @Override
        public void endnotes() {
            // Notes cited inside endnotes are numbered as they are set: set them too, after these.
            while (!env.notes.endnoteList().isEmpty()) {
                endnoteBatch();
            }
        }

        private void endnoteBatch() {
            List<Note> notes = new ArrayList<>(env.notes.endnoteList());
            env.notes.endnoteList().clear();
            int first = env.notes.count() - notes.size() + 1;
            ParagraphStyle style = env.styles.note();
            float indent = style.text().size() * 2.2f;
            Frame base = frame.withBody(style);
            BlockLayouter outer = new BlockLayouter(env, stacker, base);
            for (int i = 0; i < notes.size(); i++) {
                int number = first + i;
                env.where = () -> "note " + number;
                SetLine label = outer.line(number + ".", style.text(), indent - style.text().size() * 0.5f,
                        Align.RIGHT, "#" + NoteRegistry.reference(number));
                Frame.LabelSlot slot = label == null ? null : new Frame.LabelSlot(new Label(label, frame.left()));
                Frame item = base.indent(indent, 0).withLabel(slot);
                stacker.anchor(NoteRegistry.destination(number));
                new BlockLayouter(env, stacker, item).blocks(notes.get(i).content());
                stacker.space(style.spaceAfter() * 2);
            }
            env.where = () -> "the document";
        }

        @Override
        public void space(float points) {
            stacker.space(points);
        }

        @Override
        public void pageBreak() {
            stacker.penalty(-VItem.Penalty.INFINITY);
        }
    }

    static String describe(String part, int index, Block block) {
        String kind = block.getClass().getSimpleName();
        String text = Describe.text(block);
        return part + "[" + index + "] (" + kind.substring(0, 1).toLowerCase(Locale.ROOT) + kind.substring(1)
                + (text.isEmpty() ? "" : " \u201C" + text + "\u201D") + ")";
    }

    /** Draws fixed pages through the same fonts and line breaker as flows. */
    private final class Canvas implements PageCanvas {
        private final Emitter emitter;

        Canvas(Emitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public Rect frame() {
            int n = emitter.page();
            return new Rect((float) env.theme.margins().left(n), (float) env.theme.margins().top(),
                    (float) env.theme.textWidth(), (float) env.theme.textHeight());
        }

        @Override
        public float width() {
            return (float) env.theme.pageSize().width();
        }

        @Override
        public float height() {
            return (float) env.theme.pageSize().height();
        }

        @Override
        public Styles styles() {
            return env.styles;
        }

        @Override
        public float paragraph(List<TextRun> runs, Align align, float x, float y, float width, float leading) {
            float at = y;
            for (VItem item : set(runs, align, width, leading)) {
                if (item instanceof VBox box) {
                    box.place(emitter, x, at);
                }
                at += item.height();
            }
            return at;
        }

        @Override
        public float measure(List<TextRun> runs, float width, float leading) {
            float h = 0;
            for (VItem item : set(runs, Align.LEFT, width, leading)) {
                h += item.height();
            }
            return h;
        }

        private List<VItem> set(List<TextRun> runs, Align align, float width, float leading) {
            List<VItem> items = new ArrayList<>();
            Stacker stacker = new Stacker(items::add);
            TextStyle first = runs.isEmpty() ? env.styles.body().text() : runs.get(0).style();
            ParagraphStyle ps = new ParagraphStyle(first, leading, align, 0, 0);
            Frame f = new Frame(0, width, VItem.NO_BACKDROPS, ps, 0, null);
            BlockLayouter layouter = new BlockLayouter(env, stacker, f);
            layouter.paragraph(layouter.styled(runs), ps, null, true);
            return items;
        }

        @Override
        public void fill(float x, float y, float w, float h, Rgb colour) {
            emitter.box(new Fill(x, y, w, h, colour));
        }

        @Override
        public void rule(float x1, float y1, float x2, float y2, float thickness, Rgb colour) {
            emitter.box(new Rule(x1, y1, x2, y2, thickness, colour));
        }

        @Override
        public void image(Image image, String altText, float x, float y, float w, float h) {
            emitter.box(new ImageBox(x, y, w, h, image, altText, null));
        }

        @Override
        public void destination(String name, float x, float y) {
            emitter.destination(name, x, y);
        }
    }
}
