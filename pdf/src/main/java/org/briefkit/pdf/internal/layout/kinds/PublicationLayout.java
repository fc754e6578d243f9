package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Composition;
import org.briefkit.compose.Contents;
import org.briefkit.compose.Headings;
import org.briefkit.compose.Part;
import org.briefkit.compose.Wording;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.layout.FixedPage;
import org.briefkit.pdf.internal.layout.Flow;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.PageStyle;
import org.briefkit.pdf.internal.layout.Section;
import org.briefkit.theme.Theme;

/**
 * A brief or a report, in the parts core gives it.
 *
 * <p>A report opens with a cover page and the copyright lines on the page after it (the cover's
 * inside), then one flow with the contents, the executive summary, the body, the endnotes, the
 * back matter, "About the Authors", "Read more" and the end mark, each of the first six on a new
 * page as in the DOCX; and it ends with a back cover on an even page, so it is the outside of the
 * printed document. Covers, the copyright page and the back cover carry no running heads.
 *
 * <p>A brief is a few pages whose summary starts on page 1, as policy briefs are printed: its
 * cover is a band across the top of page 1 ({@link CoverBand}, in the top margin when page 1 has
 * no running header), its copyright lines follow the band, its text runs on, and its back cover
 * is a panel that closes the last page ({@link ClosingPanel}). The parts, their order and their
 * words are the same as a report's.
 *
 * <p>Without a cover (the theme says), a title block opens page 1 and the copyright lines follow
 * it, and there is no back cover.
 */
public final class PublicationLayout {
    private PublicationLayout() {
    }

    /**
     * @param document the brief or report
     * @param theme    its theme
     * @param headings its headings
     * @param ps       the part styles
     * @return its sections
     */
    static List<Section> sections(Document document, Theme theme, Headings headings, PartStyles ps) {
        Metadata meta = document.metadata();
        List<Part> parts = Composition.parts(document, theme);
        boolean brief = meta.kind() == DocumentKind.BRIEF;
        boolean coverPage = parts.contains(Part.COVER) && !brief;
        List<Section> out = new ArrayList<>();
        List<Part> flowParts = new ArrayList<>();
        for (Part part : parts) {
            if (part == Part.COVER && coverPage) {
                CoverPage.Overflow overflow = new CoverPage.Overflow();
                out.add(new FixedPage(PageStyle.NONE, c -> CoverPage.paint(c, meta, ps, overflow)));
                out.add(new Flow(w -> overflow.write(w, ps), PageStyle.NONE, true)); // no pages unless it holds text
            } else if (part == Part.COPYRIGHT && coverPage) {
                out.add(new FixedPage(PageStyle.NONE, c -> CopyrightPage.paint(c, meta, ps)));
            } else if (part != Part.BACK_COVER || brief) {
                flowParts.add(part);
            }
        }
        PageStyle main = new PageStyle(theme.header(), theme.footer(), theme.runningHeadsOnFirstPage());
        float headroom = brief && parts.contains(Part.COVER) ? Masthead.headroom(theme) : 0;
        out.add(new Flow(w -> new Writer(w, document, theme, headings, ps).write(flowParts), main, !out.isEmpty(),
                headroom));
        if (parts.contains(Part.BACK_COVER) && !brief) {
            out.add(new FixedPage(PageStyle.NONE, c -> BackCover.paint(c, meta, ps), true));
        }
        return out;
    }

    /** Writes the flow's parts. */
    private static final class Writer {
        private final FlowWriter w;
        private final Document document;
        private final Theme theme;
        private final Headings headings;
        private final PartStyles ps;
        private final boolean report;

        Writer(FlowWriter w, Document document, Theme theme, Headings headings, PartStyles ps) {
            this.w = w;
            this.document = document;
            this.theme = theme;
            this.headings = headings;
            this.ps = ps;
            this.report = document.metadata().kind() == DocumentKind.REPORT;
        }

        void write(List<Part> parts) {
            Metadata meta = document.metadata();
            w.bodyStyle(body());

            Part previous = null;
            for (Part part : parts) {
                switch (part) {
                    case COVER -> CoverBand.write(w, meta, ps);
                    case TITLE_BLOCK -> TitleBlock.write(w, meta, ps);
                    case COPYRIGHT -> CopyrightPage.write(w, meta, ps);
                    case CONTENTS -> {
                        w.pageBreak();
                        ContentsPage.write(w, Contents.of(document, theme, headings),
                                headings.anchorOf(Part.CONTENTS), theme.numberHeadings(meta.kind()), ps);
                    }
                    case SUMMARY -> {
                        if (previous == Part.CONTENTS) {
                            w.pageBreak();
                        }
                        w.heading(1, Wording.SUMMARY, headings.anchorOf(Part.SUMMARY));
                        w.blocks("summary", document.summary());
                    }
                    case BODY -> {
                        if (report && (previous == Part.CONTENTS || previous == Part.SUMMARY)) {
                            w.pageBreak();
                        }
                        w.blocks("body", document.body());
                    }
                    case ENDNOTES -> {
                        reportPage();
                        w.heading(1, Wording.NOTES, headings.anchorOf(Part.ENDNOTES));
                        w.endnotes();
                    }
                    case BACK_MATTER -> {
                        reportPage();
                        w.blocks("backMatter", document.backMatter());
                    }
                    case ABOUT_AUTHORS -> {
                        reportPage();
                        Closing.aboutAuthors(w, meta, ps, headings.anchorOf(Part.ABOUT_AUTHORS), body());
                    }
                    case READ_MORE -> Closing.readMore(w, meta, ps);
                    case END_MARK -> Closing.endMark(w, meta, ps, body());
                    case BACK_COVER -> ClosingPanel.write(w, meta, ps);
                    default -> throw new IllegalStateException(part + " is not a part of a " + meta.kind().label());
                }
                previous = part;
            }
            if (w.hasEndnotes()) {
                // notes cited after the Notes part (in the back matter): set them too, never drop them
                w.heading(2, Wording.NOTES);
                w.endnotes();
            }
        }

        /** @return the style of the document's running text in this kind */
        private org.briefkit.pdf.internal.layout.Styles.ParagraphStyle body() {
            return ps.running();
        }

        private void reportPage() {
            if (report) {
                w.pageBreak();
            }
        }
    }
}
