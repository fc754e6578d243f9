package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Author;
import org.briefkit.model.Inline;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.TextRun;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.LineSetter.Align;

/**
 * The parts after the text: "Read more" (a card), "About" the organization, "About the Authors",
 * and the end mark. Each keeps its label with what follows it, and the end mark stays with the
 * text it closes.
 */
final class Closing {
    private Closing() {
    }

    /**
     * The card: the label "Read more" in a narrow column at the left, and beside it each item's
     * title (linked) and summary. It is kept on one page.
     */
    static void readMore(FlowWriter w, Metadata meta, PartStyles ps) {
        w.space(ps.gap() * 1.2f);
        w.card(ps.palette().calloutFill(), ps.palette().accent(), 3f, ps.body() * 0.7f, card -> {
            float label = ps.caption() * 6.2f;
            card.columns(label, ps.body(), left -> left.paragraph(List.of(Texts.caps(Wording.READ_MORE)),
                    ps.readMoreLabel().withLeading(ps.readMoreItem().leading())), right -> {
                        for (RelatedItem item : meta.related()) {
                            Inline title = item.link().isEmpty() ? new Text(item.title())
                                    : Texts.link(item.link(), item.title());
                            right.paragraph(List.of(title), ps.readMoreItem());
                            if (!item.summary().isEmpty()) {
                                right.keepWithPrevious();
                                right.paragraph(Texts.plain(item.summary()), ps.readMore());
                            }
                        }
                    });
        });
    }

    /** "About" the organization: the boilerplate, then the address and website. */
    static void about(FlowWriter w, Organization org, PartStyles ps) {
        w.together(in -> {
            in.paragraph(Texts.plain(Wording.about(org.name())), ps.aboutHeading());
            in.paragraph(Texts.plain(org.about()), ps.about());
            List<Inline> contact = Texts.addressAndWebsite(org, true);
            if (!contact.isEmpty()) {
                in.paragraph(contact, ps.about().withAlign(Align.LEFT));
            }
        });
    }

    /** "About the Authors": each author's name in bold with the role after it, then the bio in the body's style. */
    static void aboutAuthors(FlowWriter w, Metadata meta, PartStyles ps, String anchor, ParagraphStyle body) {
        w.heading(1, Wording.ABOUT_AUTHORS, anchor);
        for (Author a : meta.authors()) {
            List<TextRun> line = new ArrayList<>();
            line.add(new TextRun(Texts.plain(a.name()), ps.authorName().text()));
            if (!a.role().isEmpty()) {
                line.add(new TextRun(Texts.plain("\u00A0 " + a.role()), ps.authorRole().text()));
            }
            w.runs(line, ps.authorName());
            if (!a.bio().isEmpty()) {
                w.keepWithPrevious();
                w.paragraph(Texts.plain(a.bio()), body);
            }
        }
    }

    /** The end mark, centred in the body's style, on the page of the text before it. */
    static void endMark(FlowWriter w, Metadata meta, PartStyles ps, ParagraphStyle body) {
        w.keepWithPrevious();
        w.paragraph(Texts.plain(meta.endMark()), ps.endMark(body));
    }
}
