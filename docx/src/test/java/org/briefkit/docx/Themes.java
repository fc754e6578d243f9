package org.briefkit.docx;

import java.util.List;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Margins;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.briefkit.theme.Units;

/** The themes the tests render with: the defaults, and variants that turn on what the defaults leave off. */
public final class Themes {
    private Themes() {
    }

    /** @return Letter, and A4 with mirrored margins, a gutter, numbered headings and every placement of notes */
    public static List<Theme> all() {
        return List.of(Theme.letter(), numbered(), bound(), Theme.letter().toBuilder().coverPage(false)
                .runningHeadsOnFirstPage(true).justify(false).hyphenate(false).build(),
                Theme.letter().toBuilder().notes(NotePlacement.FOOTNOTES).build(),
                Theme.letter().toBuilder().notes(NotePlacement.ENDNOTES).build());
    }

    /** @return the default theme with numbered headings */
    public static Theme numbered() {
        return Theme.letter().toBuilder().headingNumbering(HeadingNumbering.ALL).build();
    }

    /** @return A4, mirrored margins with a gutter, numbered headings */
    public static Theme bound() {
        return Theme.a4().toBuilder().margins(new Margins(Units.mm(25), Units.mm(25), Units.mm(30), Units.mm(20),
                Units.mm(8), true)).headingNumbering(HeadingNumbering.ALL).tocDepth(2).build();
    }
}
