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
 * A brief or a report, in the parts core gives it: a cover page (or a title block atop page 1),
 * the copyright lines (on the cover's inside, a page of their own), then one flow with the
 * contents, the executive summary, the body, the endnotes, the back matter, "About the Authors",
 * "Read more" and the end mark; and a back cover, on an even page so it is the outside of the
 * printed document. As in the DOCX, a report starts its contents, summary, body, notes, back
 * matter and authors each on a new page; a brief runs on after its summary. Covers, the
 * copyright page and the back cover carry no running heads.
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
        boolean cover = parts.contains(Part.COVER);
        List<Section> out = new ArrayList<>();
        List<Part> flowParts = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case COVER -> out.add(new FixedPage(PageStyle.NONE, c -> CoverPage.paint(c, meta, ps)));
                case COPYRIGHT -> {
                    if (cover) {
                        out.add(new FixedPage(PageStyle.NONE, c -> CopyrightPage.paint(c, meta, ps)));
                    } else {
                        flowParts.add(part);
                    }
                }
                case BACK_COVER -> {
                }
                default -> flowParts.add(part);
            }
        }
        PageStyle main = new PageStyle(theme.header(), theme.footer(), theme.runningHeadsOnFirstPage());
        out.add(new Flow(w -> new Writer(w, document, theme, headings, ps).write(flowParts), main, !out.isEmpty()));
        if (parts.contains(Part.BACK_COVER)) {
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
            Part previous = null;
            for (Part part : parts) {
                switch (part) {
                    case TITLE_BLOCK -> TitleBlock.write(w, meta, ps);
                    case COPYRIGHT -> CopyrightPage.write(w, meta, ps);
                    case CONTENTS -> {
                        w.pageBreak();
                        ContentsPage.write(w, Contents.of(document, theme, headings),
                                headings.anchorOf(Part.CONTENTS), theme.numberHeadings(), ps);
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
                        Closing.aboutAuthors(w, meta, ps, headings.anchorOf(Part.ABOUT_AUTHORS));
                    }
                    case READ_MORE -> Closing.readMore(w, meta, ps);
                    case END_MARK -> Closing.endMark(w, meta, ps, ps.blocks().body());
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

        private void reportPage() {
            if (report) {
                w.pageBreak();
            }
        }
    }
}
