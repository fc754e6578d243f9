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
                Stacker stacker = new Stacker(pages);
                flow.content().write(new Writer(stacker));
            } else {
                FixedPage fixed = (FixedPage) section;
                pages.fixedPage(fixed.style(), emitter -> fixed.painter().accept(new Canvas(emitter)));
            }
        }
        pages.finish();
        RunningHeads.apply(pages.pages(), env, metadata);
        return new LaidOutDocument(pages.pages(), pages.headings());
    }

    private Frame mainFrame() {
        return new Frame(0, (float) env.theme.textWidth(), VItem.NO_BACKDROPS, env.styles.body(), 0, null);
    }

    /** The flow writer: lays blocks out into the page builder through one stacker per flow. */
    private final class Writer implements FlowWriter {
        private final Stacker stacker;

        Writer(Stacker stacker) {
            this.stacker = stacker;
        }

        @Override
        public void blocks(String part, List<Block> blocks) {
            BlockLayouter layouter = new BlockLayouter(env, stacker, mainFrame());
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                int index = i;
                env.where = () -> describe(part, index, block);
                block.accept(layouter);
            }
            env.where = () -> "the document";
        }

        @Override
        public void title(String title, String subtitle, String byline) {
            BlockLayouter layouter = new BlockLayouter(env, stacker, mainFrame());
            env.where = () -> "the title";
            ParagraphStyle t = env.styles.title();
            layouter.paragraph(StyledText.builder().append(title, t.text(), null).build(), t, null);
            stacker.keep(1);
            if (!subtitle.isEmpty()) {
                ParagraphStyle s = env.styles.subtitle();
                layouter.paragraph(StyledText.builder().append(subtitle, s.text(), null).build(), s, null);
                stacker.keep(1);
            }
            if (!byline.isEmpty()) {
                ParagraphStyle b = env.styles.byline();
                layouter.paragraph(StyledText.builder().append(byline, b.text(), null).build(), b, null);
            }
            float gap = (float) env.theme.type().paragraphGap();
            stacker.space(gap);
            StackBox rule = new StackBox(VItem.NO_BACKDROPS, null);
            rule.rule(0, gap, (float) env.theme.textWidth(), gap, 0.75f, env.theme.palette().accent());
            rule.setHeight(gap * 2);
            stacker.penalty(VItem.Penalty.INFINITY);
            stacker.box(rule);
            stacker.space(gap * 2);
            env.where = () -> "the document";
        }

        @Override
        public void heading(int level, String text) {
            BlockLayouter layouter = new BlockLayouter(env, stacker, mainFrame());
            HeadingInfo info = new HeadingInfo(level, "", text, "", env.generatedDestination("h"), true);
            layouter.heading(BlockLayouter.text(text), "", env.styles.heading(level), info, null);
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
            ParagraphStyle style = env.styles.note().scaled((float) env.theme.type().note() + 0.5f);
            float indent = style.text().size() * 2.2f;
            Frame base = mainFrame().withBody(style);
            BlockLayouter outer = new BlockLayouter(env, stacker, base);
            for (int i = 0; i < notes.size(); i++) {
                int number = first + i;
                env.where = () -> "note " + number;
                SetLine label = outer.line(number + ".", style.text(), indent - style.text().size() * 0.5f,
                        Align.RIGHT);
                Frame.LabelSlot slot = label == null ? null : new Frame.LabelSlot(new Label(label, 0));
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
        public float paragraph(List<Inline> content, TextStyle style, Align align, float x, float y, float width,
                float leading) {
            List<VItem> items = new ArrayList<>();
            Stacker stacker = new Stacker(items::add);
            ParagraphStyle ps = new ParagraphStyle(style, leading, align, 0, 0);
            Frame f = new Frame(0, width, VItem.NO_BACKDROPS, ps, 0, null);
            BlockLayouter layouter = new BlockLayouter(env, stacker, f);
            layouter.paragraph(layouter.styled(content, style), ps, null);
            float at = y;
            for (VItem item : items) {
                if (item instanceof VBox box) {
                    box.place(emitter, x, at);
                }
                at += item.height();
            }
            return at;
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
