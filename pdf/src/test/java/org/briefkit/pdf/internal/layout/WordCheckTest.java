package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Table;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** The check that the layout lost no word: silent on real layouts, loud on a layout that drops one. */
class WordCheckTest {

    /** @return the pages with every occurrence of {@code word} taken out of the runs that hold it */
    private static LaidOutDocument without(LaidOutDocument laidOut, String word, int occurrences) {
        int[] left = {occurrences};
        List<Page> pages = new ArrayList<>();
        for (Page page : laidOut.pages()) {
            Page copy = new Page(page.number(), page.width(), page.height(), page.frame(), page.style());
            for (Box box : page.boxes()) {
                if (box instanceof GlyphRun r && left[0] > 0 && r.text().contains(word)) {
                    left[0]--;
                    box = new GlyphRun(r.face(), r.size(), r.colour(), r.x(), r.y(), r.text().replaceFirst(word, ""),
                            r.wordSpacing(), r.width(), null, r.source());
                }
                copy.add(box);
            }
            page.furniture().forEach(copy::addFurniture);
            pages.add(copy);
        }
        assertTrue(left[0] == 0, "the test found the word to drop");
        return new LaidOutDocument(pages, laidOut.headings());
    }

    @Test
    void aWordTheLayoutDroppedFailsTheRenderNamingItAndWhereItWas() {
        Document doc = Document.builder(Fixtures.metadata("Dropped")).paragraph("The opening paragraph.")
                .paragraph("A second paragraph holds the word zanzibar once and only once.").build();
        LaidOutDocument laidOut = Fixtures.layout(doc, Fixtures.theme());
        assertDoesNotThrow(() -> WordCheck.verify(doc, laidOut));
        RenderException e = assertThrows(RenderException.class,
                () -> WordCheck.verify(doc, without(laidOut, "zanzibar", 1)));
        assertTrue(e.getMessage().startsWith("the PDF layout lost the word 'zanzibar', first found in body[1] "
                + "(paragraph \u201CA second paragraph holds the word zanzib\u2026\u201D): the document has it once, "
                + "the pages 0 times; nothing was written"), e.getMessage());
    }

    @Test
    void aWordSetFewerTimesThanWrittenFailsToo() {
        Document doc = Document.builder(Fixtures.metadata("Twice")).paragraph("Quokka one.")
                .paragraph("Quokka two.").build();
        LaidOutDocument laidOut = Fixtures.layout(doc, Fixtures.theme());
        RenderException e = assertThrows(RenderException.class,
                () -> WordCheck.verify(doc, without(laidOut, "Quokka", 1)));
        assertTrue(e.getMessage().contains("'Quokka'")
                && e.getMessage().contains("the document has it 2 times, the pages once"),
                e.getMessage());
    }

    @Test
    void hyphenationBrokenWordsSmallCapsAndTypographyRaiseNoFalseAlarm() {
        String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(6);
        Document doc = Document.builder(Fixtures.metadata("Edge words"))
                .add(new Paragraph(List.of(new Text("Soft\u00ADhyphen, zero\u200Bwidth, \u201Cquoted\u201D it\u2019s "
                        + "well-known -- dashes \u2014 and ellipses\u2026 "), SmallCaps.of("Example Institute"),
                        new Text(" ΣΊΣΥΦΟΣ σίσυφος straße STRASSE ﬁnance."))))
                .paragraph(longWord)
                .add(new Table(org.briefkit.model.Attr.EMPTY, List.of(), java.util.Collections.nCopies(8,
                        org.briefkit.model.TableColumn.of(org.briefkit.model.Alignment.LEFT)), List.of(),
                        List.of(TableRow.of("a", longWord, "b", "c", "d", "e", "f", "g"))))
                .build();
        assertDoesNotThrow(() -> WordCheck.verify(doc, Fixtures.layout(doc, Fixtures.theme())));
        for (long seed = 1; seed <= 4; seed++) {
            Document rich = Fixtures.rich(seed, 12);
            assertDoesNotThrow(() -> WordCheck.verify(rich, Fixtures.layout(rich, Fixtures.theme())));
            assertDoesNotThrow(() -> WordCheck.verify(rich, Fixtures.layout(rich, Fixtures.fullThemeBuilder()
                    .notes(org.briefkit.theme.NotePlacement.ENDNOTES).build())));
        }
    }

    @Test
    void aWordBetweenANoteMarkAndASymbolInRunsOfTheirOwnIsFound() {
        // found by the random documents: "¹" "ꉝ" "™" in three touching runs, the last not a letter
        Document doc = Document.builder(Metadata.builder("Marks").kind(DocumentKind.PRESS_RELEASE).build())
                .add(new Paragraph(List.of(Note.of("a note"), new Text("\uA25D"), Emphasis.of("\u2122")))).build();
        assertDoesNotThrow(() -> WordCheck.verify(doc, Fixtures.layout(doc, Fixtures.fullThemeBuilder()
                .notes(org.briefkit.theme.NotePlacement.ENDNOTES).build())));
    }

    @Test
    void aFormatControlThatIsNotDrawnJoinsItsWordAsOnThePage() {
        // U+2065 is unassigned among the invisible operators: never drawn, and not a word break
        // (found by the reliability module's random documents, seed 3885062326727).
        Document doc = Document.builder(Fixtures.metadata("Invisible")).paragraph("\u821e\ud846\uddc6\u2065x and more")
                .build();
        assertDoesNotThrow(() -> WordCheck.verify(doc, Fixtures.layout(doc, Fixtures.theme())));
    }

    @Test
    void countsTheContentNotTheRunningHeads() {
        Document doc = Document.builder(Fixtures.metadata("Heads")).paragraph("Body words only.").build();
        LaidOutDocument laidOut = Fixtures.layout(doc, Fixtures.themeBuilder().runningHeadsOnFirstPage(true).build());
        assertTrue(Fixtures.runs(laidOut.pages().get(0)).stream().anyMatch(r -> r.text().equals("Heads")));
        assertTrue(laidOut.pages().get(0).furniture().stream().anyMatch(b -> b instanceof GlyphRun r
                && r.text().equals("Heads")), "the title is in the running head too");
        WordCount words = WordCheck.laidOut(laidOut.pages());
        assertTrue(words.count(key("heads")) == 1, "the title, once: in the title block, not the running head");
        assertTrue(words.count(key("body")) == 1, "the body's word, once");
    }

    private static long key(String word) {
        WordCount one = new WordCount();
        WordHasher h = new WordHasher(one);
        h.add(word);
        h.end();
        long[] found = {0};
        one.forEach((hash, count) -> found[0] = hash);
        return found[0];
    }
}
