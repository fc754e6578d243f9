package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.model.Author;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.Contact;
import org.briefkit.model.Dateline;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Image;
import org.briefkit.model.ImageLimits;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.Strong;
import org.briefkit.model.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole press release, written in the structure of a think-tank release (program label, release
 * line, dateline, lead, three focus areas, a quote, a close, contacts, "About", "Read more", end
 * mark), read from a file and compared field by field with the model built by hand.
 */
class PressReleaseTest {
    private static final Path FOLDER = Path.of("src/test/resources/markdown/press-release");
    private static Document read;
    private static Metadata metadata;

    @BeforeAll
    static void readTheRelease() {
        read = MarkdownReader.standard().read(FOLDER.resolve("press-release.md"));
        metadata = read.metadata();
    }

    @Test
    void kindTitleAndSubtitleComeFromTheFrontMatter() {
        assertEquals(DocumentKind.PRESS_RELEASE, metadata.kind());
        assertEquals("Rising Water, Shared Costs: How Coastal Cities Can Pay for Flood Defenses Together", metadata.title());
        assertEquals("A new report maps regional financing for sea walls, wetlands and buyouts", metadata.subtitle());
        assertEquals("", metadata.shortTitle());
    }

    @Test
    void programLabelAndAuthorsAreRead() {
        assertEquals("Coastal Resilience Program", metadata.programLabel());
        assertEquals(List.of(new Author("Amara Lindqvist", "Senior Fellow, Coastal Resilience Program", ""),
                Author.of("Tomás Ferreira")), metadata.authors());
    }

    @Test
    void releaseLineIsAnEmbargoInItsZone() {
        ZonedDateTime lifts = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneId.of("America/New_York"));
        assertEquals(Optional.of(Release.embargoedUntil(lifts)), metadata.release());
    }

    @Test
    void datelineTakesThePlaceAndTheDate() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), metadata.date());
        assertEquals(Optional.of(new Dateline("Boston", LocalDate.of(2026, 3, 10))), metadata.dateline());
    }

    @Test
    void organizationHasItsAboutTextWebsiteAndLogo() throws Exception {
        Image logo = Image.read(FOLDER.resolve("logo.png"), ImageLimits.DEFAULT);
        Organization expected = new Organization("Harbor Policy Institute",
                "The Harbor Policy Institute is an independent, nonpartisan research organization that studies how"
                        + " cities adapt to a changing climate.",
                "https://harborpolicy.example.org", "", Optional.of(logo));
        assertEquals(Optional.of(expected), metadata.organization());
        assertTrue(Files.exists(FOLDER.resolve("logo.png")));
    }

    @Test
    void mediaContactKeywordsAndLanguageAreRead() {
        assertEquals(List.of(new Contact("Priya Raman", "Director of Communications", "press@harborpolicy.example.org",
                "+1 617 555 0142")), metadata.contacts());
        assertEquals(List.of("flood defense", "municipal finance", "climate adaptation"), metadata.keywords());
        assertEquals(Locale.US, metadata.language());
    }

    @Test
    void readMoreItemIsRead() {
        assertEquals(List.of(new RelatedItem("Paying for the Seawall: Lessons from Three Harbors",
                "An earlier brief on how three port cities split the cost of shared defenses.",
                "https://harborpolicy.example.org/reports/paying-for-the-seawall")), metadata.related());
    }

    @Test
    void trailingHashMarksBecomeTheEndMarkAndLeaveTheBody() {
        assertEquals("###", metadata.endMark());
        assertEquals(5, read.body().size());
    }

    @Test
    void bodyIsLeadFocusAreasQuoteAndClose() {
        Paragraph lead = Paragraph.of("Today the Harbor Policy Institute released a new report, “Rising Water, Shared"
                + " Costs,” by Amara Lindqvist and Tomás Ferreira.");
        Paragraph areas = Paragraph.of("The report looks at how neighboring coastal cities can finance flood defenses"
                + " that protect more than one of them. It focuses on three areas that budget offices rarely study"
                + " together:");
        OrderedList focus = OrderedList.of(
                item("Regional funds.", " How cities can pool money for defenses that cross town lines."),
                item("Natural barriers.", " When restored wetlands cost less than concrete over thirty years."),
                item("Voluntary buyouts.", " How to fund moves away from the most exposed streets fairly."));
        BlockQuote quote = new BlockQuote(List.of(Paragraph.of("“No city can wall itself off from a rising sea alone,”"
                + " write the authors. “The cities that plan and pay together will spend less and protect more"
                + " people.”")), List.of(new Text("Amara Lindqvist and Tomás Ferreira")));
        Paragraph close = Paragraph.of("The report ends with recommendations for state and municipal finance officials."
                + " Read the full report for the details.");
        assertEquals(List.of(lead, areas, focus, quote, close), read.body());
        assertEquals(List.of(), read.summary());
        assertEquals(List.of(), read.backMatter());
    }

    @Test
    void wholeMetadataEqualsTheModelBuiltByHand() throws Exception {
        Metadata expected = Metadata.builder("Rising Water, Shared Costs: How Coastal Cities Can Pay for Flood Defenses"
                        + " Together")
                .kind(DocumentKind.PRESS_RELEASE)
                .subtitle("A new report maps regional financing for sea walls, wetlands and buyouts")
                .programLabel("Coastal Resilience Program")
                .date(LocalDate.of(2026, 3, 10))
                .dateline("Boston", LocalDate.of(2026, 3, 10))
                .release(Release.embargoedUntil("2026-03-10T09:00-04:00[America/New_York]"))
                .author("Amara Lindqvist", "Senior Fellow, Coastal Resilience Program")
                .author(Author.of("Tomás Ferreira"))
                .organization(metadata.organization().orElseThrow())
                .contact(new Contact("Priya Raman", "Director of Communications", "press@harborpolicy.example.org",
                        "+1 617 555 0142"))
                .keywords("flood defense", "municipal finance", "climate adaptation")
                .language("en-US")
                .related(new RelatedItem("Paying for the Seawall: Lessons from Three Harbors",
                        "An earlier brief on how three port cities split the cost of shared defenses.",
                        "https://harborpolicy.example.org/reports/paying-for-the-seawall"))
                .endMark("###")
                .build();
        assertEquals(expected, metadata);
    }

    private static ListItem item(String bold, String rest) {
        return ListItem.of(Paragraph.of(Strong.of(bold), new Text(rest)));
    }
}
