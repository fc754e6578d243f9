package org.briefkit.markdown;

import static org.briefkit.markdown.Read.assertError;
import static org.briefkit.markdown.Read.doc;
import static org.briefkit.markdown.Read.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.model.Author;
import org.briefkit.model.Contact;
import org.briefkit.model.Dateline;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.junit.jupiter.api.Test;

/** Every front matter key, and the errors a wrong one gives, at the line of the YAML. */
class FrontMatterTest {
    private static Metadata meta(String yaml) {
        return doc("---\n" + yaml + "---\nText.\n").metadata();
    }

    private static MarkdownException failure(String yaml) {
        return error("---\n" + yaml + "---\nText.\n");
    }

    @Test
    void kindDefaultsToReport() {
        assertEquals(DocumentKind.REPORT, meta("title: T\n").kind());
        assertEquals(DocumentKind.BRIEF, meta("title: T\nkind: brief\n").kind());
    }

    @Test
    void textKeysAreRead() {
        Metadata meta = meta("title: Water\nsubtitle: Sub\nshort_title: W\nprogram: Energy Program\n"
                + "copyright: © 2026 Institute\nlicense: CC BY 4.0\n");
        assertEquals(List.of("Water", "Sub", "W", "Energy Program", "© 2026 Institute", "CC BY 4.0"),
                List.of(meta.title(), meta.subtitle(), meta.shortTitle(), meta.programLabel(), meta.copyright(),
                        meta.license()));
    }

    @Test
    void authorsAreNamesOrMapsAndPandocsAuthorWorksToo() {
        assertEquals(List.of(new Author("A", "Fellow", "Writes."), Author.of("B")),
                meta("title: T\nauthors:\n  - {name: A, role: Fellow, bio: Writes.}\n  - B\n").authors());
        assertEquals(List.of(Author.of("John MacFarlane")), meta("title: T\nauthor: John MacFarlane\n").authors());
    }

    @Test
    void organizationIsANameOrAMap() {
        assertEquals(Optional.of(Organization.of("Institute")), meta("title: T\norganization: Institute\n").organization());
        Organization full = meta("title: T\norganization:\n  name: I\n  about: We study.\n  website: https://i.org\n"
                + "  address: 1 Main St\n").organization().orElseThrow();
        assertEquals(new Organization("I", "We study.", "https://i.org", "1 Main St", Optional.empty()), full);
    }

    @Test
    void datelineIsAPlaceWithTheDateOrAMap() {
        assertEquals(Optional.of(new Dateline("Seoul", LocalDate.of(2026, 5, 1))),
                meta("title: T\ndateline: Seoul\ndate: 2026-05-01\n").dateline());
        Metadata meta = meta("title: T\ndateline: {place: Geneva, date: 2026-06-02}\n");
        assertEquals(Optional.of(new Dateline("Geneva", LocalDate.of(2026, 6, 2))), meta.dateline());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 2)), meta.date());
    }

    @Test
    void releaseIsImmediateOrAnEmbargoWithAZone() {
        assertEquals(Optional.of(Release.immediate()), meta("title: T\nrelease: immediate\n").release());
        assertEquals(Optional.of(Release.embargoedUntil("2026-03-15T09:00-04:00[America/New_York]")),
                meta("title: T\nrelease:\n  embargo: 2026-03-15T09:00-04:00[America/New_York]\n").release());
        assertEquals(Optional.of(Release.embargoedUntil("2026-03-15T09:00+09:00")),
                meta("title: T\nrelease: {embargo: \"2026-03-15T09:00+09:00\"}\n").release());
    }

    @Test
    void contactsAreAListAndContactOneMap() {
        Contact desk = new Contact("Press Desk", "", "press@i.org", "+1 555 0100");
        assertEquals(List.of(desk), meta("title: T\ncontact: {name: Press Desk, email: press@i.org, phone: +1 555 0100}\n")
                .contacts());
        assertEquals(List.of(desk, new Contact("P", "Lead", "", "")), meta("title: T\ncontacts:\n"
                + "  - {name: Press Desk, email: press@i.org, phone: +1 555 0100}\n  - {name: P, role: Lead}\n").contacts());
    }

    @Test
    void keywordsAreAListOrCommaSeparated() {
        assertEquals(List.of("water", "cities"), meta("title: T\nkeywords: [water, cities]\n").keywords());
        assertEquals(List.of("water", "cities"), meta("title: T\nkeywords: water, cities,\n").keywords());
    }

    @Test
    void langIsABcp47Tag() {
        assertEquals(Locale.KOREA, meta("title: T\nlang: ko-KR\n").language());
    }

    @Test
    void relatedItemsAreRead() {
        assertEquals(List.of(new RelatedItem("Earlier", "A brief.", "https://i.org/b")),
                meta("title: T\nrelated:\n  - title: Earlier\n    summary: A brief.\n    link: https://i.org/b\n").related());
    }

    @Test
    void endMarkIsRead() {
        assertEquals("-30-", meta("title: T\nend_mark: -30-\n").endMark());
    }

    @Test
    void emptyValuesAreLeftOut() {
        assertEquals("", meta("title: T\nsubtitle:\n").subtitle());
    }

    @Test
    void malformedYamlIsAnErrorAtTheYamlLine() {
        assertError(failure("title: T\n  bad: indent\n"), 3, 6, "not valid YAML");
    }

    @Test
    void unclosedQuoteOrBracketIsAnErrorWhereItOpened() {
        assertError(failure("title: \"Water\nkind: brief\n"), 2, 8, "quoted scalar that is never closed");
        assertError(failure("title: T\nkeywords: [heat, age\n"), 3, 11, "flow sequence that is never closed");
    }

    @Test
    void unknownKindListsTheKindsInASentence() {
        assertError(failure("title: T\nkind: memo\n"), 3, 7,
                "'kind' is 'memo'. It must be one of press-release, brief, report.");
        assertError(failure("title: T\nkind: brefi\n"), 3, 7, "did you mean 'brief'? It must be one of");
    }

    @Test
    void unknownKeyIsAnErrorWithASuggestion() {
        assertError(failure("title: T\ntitel: U\n"), 3, 1, "unknown key 'titel' in 'front matter'; did you mean 'title'?");
        assertError(failure("title: T\nauthors:\n  - name: A\n    rol: x\n"), 5, 5, "did you mean 'role'?");
    }

    @Test
    void embargoWithoutAZoneIsAnErrorThatSaysSo() {
        assertError(failure("title: T\nrelease:\n  embargo: 2026-03-15T09:00\n"), 4, 12, "has no time zone");
    }

    @Test
    void unquotedZoneInAFlowMapGetsAHint() {
        assertError(failure("title: T\nrelease: {embargo: 2026-03-15T09:00-04:00[America/New_York]}\n"), 3, 42,
                "in quotes");
    }

    @Test
    void listWhereTextBelongsIsAnErrorAtTheValue() {
        assertError(failure("title: [a, b]\n"), 2, 8, "'title' must be text, not a list");
    }

    @Test
    void badValuesAreErrorsAtTheValue() {
        assertError(failure("title: T\ndate: 15 March 2026\n"), 3, 7, "write a date as YYYY-MM-DD");
        assertError(failure("title: T\nkind: pres-release\n"), 3, 7, "did you mean 'press-release'?");
        assertError(failure("title: T\nlang: 12_xx!\n"), 3, 7, "not a BCP 47 language tag");
        assertError(failure("title: T\nrelease: later\n"), 3, 10, "release: immediate");
        assertError(failure("title: T\ncontacts:\n  - name: P\n    email: not-an-email\n"), 5, 12,
                "not an email address");
        assertError(failure("title: T\nrelated:\n  - summary: s\n"), 4, 5, "'title' is missing");
    }

    @Test
    void aDateOutsideTheYears1583To9999IsAnErrorAtTheValue() {
        assertError(failure("title: T\ndate: 0000-01-01\n"), 3, 7,
                "'date' is '0000-01-01'; a date's year must be 1583 to 9999");
        assertError(failure("title: T\ndate: +10000-01-01\n"), 3, 7, "'date' is '+10000-01-01'; a date's year");
        assertError(failure("title: T\ndateline: {place: Boston, date: 0001-01-01}\n"), 3, 33,
                "'date' is '0001-01-01'; a date's year");
        assertError(failure("title: T\nrelease:\n  embargo: \"0000-03-15T09:00-04:00\"\n"), 4, 12,
                "'embargo' '0000-03-15' is outside the years 1583 to 9999");
    }

    @Test
    void anEmbargoYearsBeforeTheDateIsAWarningAtItsLine() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.briefkit.markdown.MarkdownReader");
        List<String> warnings = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            meta("title: T\ndate: 2026-03-15\nrelease:\n  embargo: \"2026-03-16T09:00-04:00\"\n");
            assertEquals(List.of(), warnings);
            Metadata m = meta("title: T\ndate: 2026-03-15\nrelease:\n  embargo: \"2016-03-15T09:00-04:00\"\n");
            assertEquals(1, m.warnings().size());
            assertEquals(List.of("WARNING test.md:5:12: front matter: 'embargo' the embargo lifts on 2016-03-15, 3652"
                    + " days before the document's date (2026-03-15); an embargo lifts on or after the date a release"
                    + " is issued, so one of the two is probably mistyped"), warnings);
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void datelineWithoutAnyDateIsAnError() {
        assertError(failure("title: T\ndateline: Boston\n"), 3, 11, "needs a date");
    }

    @Test
    void repeatedKeyIsAnError() {
        assertError(failure("title: T\ntitle: U\n"), 3, 1, "appears twice");
    }

    @Test
    void frontMatterThatIsNotAMapIsAnError() {
        assertError(failure("- a\n- b\n"), 2, 1, "must be a map");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertError(error("---\ntitle: T\n\nText.\n"), 1, 1, "no closing '---'");
    }

    @Test
    void billionLaughsIsRefusedByCountingItsAliases() {
        StringBuilder yaml = new StringBuilder("title: T\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
            previous = name;
        }
        MarkdownException e = failure(yaml.toString());
        assertError(e, 2, 1, "aliases");
    }

    @Test
    void deeplyNestedFlowCollectionsAreRefused() {
        assertError(failure("title: T\nx: " + "[".repeat(100_000) + "\n"), 3, 36, "nest more than 32 levels");
    }

    @Test
    void noTitleAnywhereIsAnError() {
        assertError(error("Just text.\n"), 1, 1, "has no title");
    }

    @Test
    void pandocTitleBlockGivesTitleAuthorsAndDate() {
        Metadata meta = doc("% The Title\n% Ann One; Bob Two\n% 2024-02-03\n\nText.\n").metadata();
        assertEquals("The Title", meta.title());
        assertEquals(List.of(Author.of("Ann One"), Author.of("Bob Two")), meta.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 3)), meta.date());
        assertTrue(doc("% The Title\n% A\n% July 17, 2006\n\nText.\n").metadata().date().isEmpty());
    }
}
