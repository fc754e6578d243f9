package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.compose.Composition;
import org.briefkit.compose.Headings;
import org.briefkit.compose.Part;
import org.briefkit.compose.Wording;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.layout.Flow;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.PageStyle;
import org.briefkit.pdf.internal.layout.Section;
import org.briefkit.theme.Theme;

/**
 * A press release, one flow in the order core gives its parts: letterhead, release line and
 * media contacts, headline and subhead, summary, the body with the dateline run into the lead,
 * notes, back matter, the "Read more" card, "About" the organization and the centred end mark.
 * Page 1 carries no running heads (unless the theme puts them on first pages) and its letterhead
 * sits in the top margin, half an inch from the edge; later pages carry the theme's running heads,
 * whose {title} is the short title.
 */
public final class PressReleaseLayout {
    private PressReleaseLayout() {
    }

    /**
     * @param document the press release
     * @param theme    its theme
     * @param headings its headings, for the notes' anchor
     * @param styles   the part styles
     * @return its one flow
     */
    static List<Section> sections(Document document, Theme theme, Headings headings, PartStyles styles) {
        PageStyle pages = new PageStyle(theme.header(), theme.footer(), theme.runningHeadsOnFirstPage());
        List<Part> parts = Composition.parts(document, theme);
        return List.of(new Flow(w -> write(w, document, theme, headings, styles, parts), pages, false,
                headroom(theme, parts)));
    }

    private static float headroom(Theme theme, List<Part> parts) {
        return parts.contains(Part.LETTERHEAD) ? Masthead.headroom(theme) : 0;
    }

    private static void write(FlowWriter w, Document document, Theme theme, Headings headings, PartStyles ps,
            List<Part> parts) {
        Metadata meta = document.metadata();
        w.bodyStyle(ps.running());
        for (Part part : parts) {
            switch (part) {
                case LETTERHEAD -> Masthead.letterhead(w, meta, ps);
                case RELEASE_LINE -> Masthead.releaseLine(w, meta, ps, parts.contains(Part.CONTACTS));
                case CONTACTS -> {
                    if (!parts.contains(Part.RELEASE_LINE)) {
                        Masthead.contacts(w, meta.contacts(), ps);
                        w.space(ps.gap() * 1.5f);
                    }
                }
                case HEADLINE -> Masthead.headline(w, meta, ps);
                case SUMMARY -> w.blocks("summary", document.summary());
                case BODY -> {
                    String dateline = meta.dateline().map(d -> Wording.dateline(d, theme.datelineStyle())).orElse("");
                    w.blocks("body", Dateline.runIn(document.body(), dateline));
                }
                case ENDNOTES -> {
                    w.heading(2, Wording.NOTES, headings.anchorOf(Part.ENDNOTES));
                    w.endnotes();
                }
                case BACK_MATTER -> {
                    w.blocks("backMatter", document.backMatter());
                    if (w.hasEndnotes()) {
                        // notes cited in the back matter, after the Notes part: set them here, never drop them
                        w.heading(2, Wording.NOTES);
                        w.endnotes();
                    }
                }
                case READ_MORE -> Closing.readMore(w, meta, ps);
                case ABOUT -> Closing.about(w, meta.organization().orElseThrow(), ps);
                case END_MARK -> Closing.endMark(w, meta, ps, ps.running());
                default -> throw new IllegalStateException(part + " is not a part of a press release");
            }
        }
        if (w.hasEndnotes()) {
            // notes cited where no Notes part follows: set them too, never drop them
            w.heading(2, Wording.NOTES);
            w.endnotes();
        }
    }
}
