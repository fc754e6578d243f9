package org.briefkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.model.DocumentKind;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;
import org.junit.jupiter.api.Test;

class PartSizesTest {
    private static final double EPS = 1e-9;

    @Test
    void pressReleasesAndBriefsAreSetCompactReportsAtTheThemesBody() {
        PartSizes release = PartSizes.of(Theme.letter(), DocumentKind.PRESS_RELEASE);
        assertEquals(10.5, release.body(), EPS);
        assertEquals(13.125, release.bodyLeading(), EPS, "10.5 on 13");
        assertEquals(6 * 10.5 / 11, release.paragraphGap(), EPS);
        PartSizes brief = PartSizes.of(Theme.letter(), DocumentKind.BRIEF);
        assertEquals(10.5, brief.body(), EPS);
        assertEquals(10.5 * 1.3, brief.bodyLeading(), EPS, "the theme's line height, not the release's cap");
        PartSizes report = PartSizes.of(Theme.letter(), DocumentKind.REPORT);
        assertEquals(11, report.body(), EPS);
        assertEquals(11 * 1.3, report.bodyLeading(), EPS);
        assertEquals(6, report.paragraphGap(), EPS);
    }

    @Test
    void aSmallBodyIsNotEnlargedAndTheCompactSizeIsATypeSetting() {
        TypeScale d = TypeScale.DEFAULT;
        TypeScale ten = new TypeScale(10, 1.4, d.headings(), d.title(), d.subtitle(), d.note(), d.caption(), d.code(),
                d.pullQuote(), d.running(), d.paragraphGap());
        PartSizes release = PartSizes.of(Theme.letter().toBuilder().type(ten).build(), DocumentKind.PRESS_RELEASE);
        assertEquals(10, release.body(), EPS);
        assertEquals(12.5, release.bodyLeading(), EPS, "1.4 capped at 1.25");
        TypeScale roomy = new TypeScale(12, 1.3, d.headings(), d.title(), d.subtitle(), d.note(), d.caption(), d.code(),
                d.pullQuote(), d.running(), d.paragraphGap(), 11, 1.3);
        PartSizes brief = PartSizes.of(Theme.letter().toBuilder().type(roomy).build(), DocumentKind.BRIEF);
        assertEquals(11, brief.body(), EPS);
        assertEquals(14.3, brief.bodyLeading(), EPS);
    }

    @Test
    void theTitleIsSetWhereTheKindSetsIt() {
        Theme letter = Theme.letter();
        assertEquals(18, PartSizes.of(letter, DocumentKind.PRESS_RELEASE).title(), EPS, "headline");
        assertEquals(12, PartSizes.of(letter, DocumentKind.PRESS_RELEASE).subtitle(), EPS, "subhead");
        assertEquals(30, PartSizes.of(letter, DocumentKind.BRIEF).title(), EPS, "cover band");
        assertEquals(36, PartSizes.of(letter, DocumentKind.REPORT).title(), EPS, "cover page");
        assertEquals(15, PartSizes.of(letter, DocumentKind.REPORT).subtitle(), EPS);
        Theme noCover = letter.toBuilder().coverPage(false).build();
        for (DocumentKind kind : List.of(DocumentKind.BRIEF, DocumentKind.REPORT)) {
            assertEquals(26, PartSizes.of(noCover, kind).title(), EPS, "title block");
        }
    }

    @Test
    void thePartsSizesFollowTheScale() {
        PartSizes s = PartSizes.of(Theme.letter(), DocumentKind.PRESS_RELEASE);
        assertEquals(9.5, s.letterhead(), EPS);
        assertEquals(9, s.releaseLine(), EPS);
        assertEquals(8.5, s.contact(), EPS);
        assertEquals(10.5, s.aboutHeading(), EPS);
        assertEquals(9.5, s.about(), EPS);
        assertEquals(8.5, s.readMoreLabel(), EPS);
        assertEquals(10, s.readMoreItem(), EPS);
        assertEquals(9, s.readMore(), EPS);
        assertEquals(10, s.coverProgram(), EPS);
        assertEquals(11, s.coverAuthors(), EPS);
        assertEquals(12, s.coverOrganization(), EPS);
        assertEquals(9, s.copyright(), EPS);
        assertEquals(14, s.backCoverTitle(), EPS);
        assertEquals(10, s.backCover(), EPS);
        assertEquals(12, s.panelTitle(), EPS);
        assertEquals(9, s.panel(), EPS);
        assertEquals(11, s.authorName(), EPS);
        assertEquals(9.5, s.authorRole(), EPS);
    }
}
