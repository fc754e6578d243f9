package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.compose.Headings;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.pdf.internal.layout.Section;
import org.briefkit.pdf.internal.layout.Styles;
import org.briefkit.theme.Theme;

/** Picks the layout of a document's kind and gives its sections, ready for the layout engine. */
public final class KindLayouts {
    private KindLayouts() {
    }

    /**
     * @param document the document
     * @param theme    its theme
     * @param headings its headings, with the anchors of the parts' own headings
     * @param styles   the render's styles
     * @return the document's sections, in order
     */
    public static List<Section> sections(Document document, Theme theme, Headings headings, Styles styles) {
        PartStyles ps = new PartStyles(styles, document.metadata().kind());
        if (document.metadata().kind() == DocumentKind.PRESS_RELEASE) {
            return PressReleaseLayout.sections(document, theme, headings, ps);
        }
        return PublicationLayout.sections(document, theme, headings, ps);
    }
}
