package org.briefkit.pdf.internal.layout.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.Metadata;
import org.briefkit.model.Release;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.Samples;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.theme.DatelineStyle;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** The press release: its parts in order, the dateline run into the lead, one page, the end mark last. */
class PressReleaseLayoutTest {

    private static Theme letter() {
        return Fixtures.fullThemeBuilder().build();
    }

    private static Theme a4() {
        return Theme.a4().toBuilder().fonts(letter().fonts()).build();
    }

    @Test
    void setsEveryPartInCoresOrderOnOneLetterPageAndOneA4Page() {
        for (Theme theme : List.of(letter(), a4())) {
            LaidOutDocument laid = Fixtures.layout(Samples.pressRelease(), theme);
            assertEquals(1, laid.pages().size(), "the sample release fits one page");
            String text = Fixtures.written(laid.pages().get(0));
            Fixtures.assertInOrder(text, "Bramblewood Institute", "Climate and Health Program",
                    "EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026", "Media contact",
                    "Laura Whitfield, Communications Director", "(202) 555-0147", "l.whitfield@example.org",
                    "Cooling Centers Close Before Older Adults' Homes Get Hottest, New Report Finds",
                    "A study of 2,412 older adults", "Washington, March 17, 2026\u2014Cooling centers in U.S. cities",
                    "placed temperature loggers in 312 homes", "1. Cooling within a ten-minute walk.",
                    "before the next heat wave.", "Read more",
                    "Cool Hours: Protecting Older Adults from Extreme Heat", "Why cooling sites go unused",
                    "About Bramblewood Institute", "The Bramblewood Institute is an independent",
                    "1225 Harmon Place NW", "https://www.example.org/", "###");
            assertTrue(text.strip().endsWith("###"), "the end mark is last: " + text);
        }
    }

    @Test
    void drawsTheLetterheadInCapitalsInTheTopMarginOfPageOneWithNoRunningHeads() {
        Page page = Fixtures.layout(Samples.pressRelease(), letter()).pages().get(0);
        GlyphRun name = Fixtures.runs(page).get(0);
        assertEquals("BRAMBLEWOOD INSTITUTE", name.text());
        assertEquals("Bramblewood Institute", name.actualText(), "extracts as written");
        assertTrue(name.top() >= 36 - 0.5f && name.top() < 72, "half an inch from the top edge: " + name.top());
        assertTrue(page.furniture().isEmpty());
    }

    @Test
    void runsTheDatelineIntoTheLeadInBoldInEitherStyle() {
        for (DatelineStyle style : DatelineStyle.values()) {
            Theme theme = letter().toBuilder().datelineStyle(style).build();
            Page page = Fixtures.layout(Samples.pressRelease(), theme).pages().get(0);
            String expected = style == DatelineStyle.AP ? "WASHINGTON \u2014" : "Washington, March 17, 2026\u2014";
            GlyphRun dateline = Fixtures.runs(page).stream().filter(r -> r.text().startsWith(expected.substring(0, 6)))
                    .findFirst().orElseThrow();
            assertTrue(dateline.text().strip().startsWith(expected.strip()), dateline.text());
            assertTrue(dateline.face().name().contains("Bold"), "the dateline is bold: " + dateline.face().name());
            GlyphRun lead = Fixtures.runs(page).stream().filter(r -> r.text().startsWith("Cooling centers"))
                    .findFirst().orElseThrow();
            assertEquals(dateline.y(), lead.y(), 0.01, "on the lead's first line");
            assertTrue(lead.x() >= dateline.right() - 0.5f, "the lead follows the dateline");
            assertTrue(Fixtures.written(page).contains(expected.strip() + (style == DatelineStyle.AP ? " " : "")
                    + "Cooling centers"), Fixtures.written(page));
        }
    }

    @Test
    void writesForImmediateReleaseWithoutAnEmbargo() {
        Metadata meta = Samples.pressReleaseMetadata().release(Release.immediate()).build();
        String text = Fixtures.written(Fixtures.layout(Samples.pressRelease(meta), letter()).pages().get(0));
        assertTrue(text.contains("FOR IMMEDIATE RELEASE"), text);
        assertTrue(!text.contains("EMBARGOED"), text);
    }

    @Test
    void centresTheEndMarkUnderTheText() {
        Page page = Fixtures.layout(Samples.pressRelease(), letter()).pages().get(0);
        List<GlyphRun> runs = Fixtures.runs(page);
        GlyphRun mark = runs.get(runs.size() - 1);
        assertEquals("###", mark.text());
        float centre = mark.x() + mark.width() / 2;
        assertEquals(page.frame().x() + page.frame().width() / 2, centre, 1f);
        assertTrue(runs.stream().allMatch(r -> r == mark || r.y() < mark.y()), "nothing below it");
    }

    @Test
    void aLongerReleaseRunsOnAndPageTwoCarriesTheShortTitle() {
        Random random = new Random(3);
        DocumentBuilder b = Document.builder(Samples.pressReleaseMetadata().build());
        for (int i = 0; i < 9; i++) {
            b.paragraph(Fixtures.words(random, 70));
        }
        LaidOutDocument laid = Fixtures.layout(b.build(), letter());
        assertEquals(2, laid.pages().size());
        assertTrue(laid.pages().get(0).furniture().isEmpty(), "no running head on page 1");
        String heads = laid.pages().get(1).furniture().stream().map(x -> ((GlyphRun) x).text())
                .reduce("", (x, y) -> x + "|" + y);
        assertTrue(heads.contains("Cool Hours report release"), heads);
        assertTrue(heads.contains("Page 2 of 2"), heads);
        String last = Fixtures.written(laid.pages().get(1));
        assertTrue(last.strip().endsWith("###"), last);
        assertTrue(last.contains("About Bramblewood Institute"), "the boilerplate stays with the end mark");
    }
}
