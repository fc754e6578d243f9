package org.briefkit.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.briefkit.model.Contact;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.Strong;
import org.briefkit.model.Text;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/**
 * A press release built in Java, without Markdown: the sample {@code examples/samples/press-release.md}
 * again, through the builder API.
 *
 * <p>What it shows:
 * <ul>
 * <li>{@link Metadata#builder(String)} for everything around the text: the kind, the
 *     organization and its "About" boilerplate, the release line (here an embargo, with its time
 *     zone), the dateline that opens the first paragraph, the media contact and a "Read more"
 *     item;</li>
 * <li>{@link Document#builder(Metadata)} for the text itself, block by block: paragraphs, a
 *     numbered list whose items start in bold, a quotation with its attribution;</li>
 * <li>one document, two renderers: the same model and theme give a PDF and a Word document with
 *     the same parts in the same order.</li>
 * </ul>
 *
 * <p>Run it with {@code java -cp examples/target/briefkit.jar org.briefkit.examples.BuildPressRelease [OUT_DIR]};
 * it writes {@code press-release.pdf} and {@code press-release.docx}.
 */
public final class BuildPressRelease {
    private BuildPressRelease() {
    }

    /**
     * @param args the output folder (default {@code examples/target/examples/press-release})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = ExampleFiles.outputFolder(args, "press-release");
        Document release = pressRelease();
        Theme theme = Theme.letter();
        Renderers.forFormat("pdf").render(release, theme, out.resolve("press-release.pdf"));
        Renderers.forFormat("docx").render(release, theme, out.resolve("press-release.docx"));
        System.out.println("wrote " + out.resolve("press-release.pdf") + " and " + out.resolve("press-release.docx"));
    }

    /** @return the press release, as a document model */
    public static Document pressRelease() {
        Organization institute = new Organization("Bramblewood Institute",
                "The Bramblewood Institute is an independent, nonpartisan research organization in Washington, D.C., "
                        + "that studies how cities can protect people’s health as the climate changes. (The Institute "
                        + "and everyone named here are fictional: this is a Briefkit sample.)",
                "https://www.example.org/", "1225 Harmon Place NW, Suite 400, Washington, DC 20036", Optional.empty());

        Metadata metadata = Metadata.builder(
                        "Cooling Centers Close Before Older Adults’ Homes Get Hottest, New Report Finds")
                .kind(DocumentKind.PRESS_RELEASE)
                .subtitle("A study of 2,412 older adults in four U.S. cities and Seoul points to three fixes")
                .shortTitle("Cool Hours report release")
                .organization(institute)
                .programLabel("Climate and Health Program")
                // "EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026"; Release.immediate() is the default.
                .release(Release.embargoedUntil("2026-03-17T09:00-04:00[America/New_York]"))
                // Opens the first paragraph: "Washington, March 17, 2026—". Also sets the date.
                .dateline("Washington", LocalDate.of(2026, 3, 17))
                .contact(new Contact("Laura Whitfield", "Communications Director", "l.whitfield@example.org",
                        "(202) 555-0147"))
                .related(new RelatedItem("Cool Hours: Protecting Older Adults from Extreme Heat in U.S. and Korean Cities",
                        "Why cooling sites go unused, and how a map, a schedule and a phone list can change that.",
                        "https://www.example.org/research/cool-hours"))
                .keywords("extreme heat", "older adults", "cooling centers", "Seoul", "public health")
                .language("en-US")
                .copyright("© 2026 Bramblewood Institute")
                .build();

        return Document.builder(metadata)
                .paragraph("Cooling centers in U.S. cities often close hours before older adults’ homes are hottest, "
                        + "finds “Cool Hours,” a Bramblewood Institute report released today. Authors Kim Min-ji, "
                        + "Park Joon-ho and Rachel Alvarez studied 2,412 people aged 65 and older in four U.S. cities "
                        + "and Seoul.")
                .paragraph("Older adults are among the people most at risk in a heat wave, and most who fall ill do "
                        + "so at home. Over the summer of 2025 the research team surveyed older residents, placed "
                        + "temperature loggers in 312 homes and recorded the opening hours of 574 public cooling sites. "
                        + "Inside homes without air conditioning, the heat peaked around 8:30 p.m., some five hours "
                        + "after it peaked outdoors. By 8 p.m., fewer than one in five U.S. cooling sites were still open.")
                .paragraph("The report focuses on three changes cities can make before the next heat season:")
                .add(OrderedList.of(
                        item("Cooling within a ten-minute walk.", "Use fell sharply with distance. About four in ten "
                                + "people who lived within five minutes of a site used one during a heat alert; beyond "
                                + "twenty minutes, fewer than one in ten did."),
                        item("Doors open into the evening.", "In the two Seoul districts studied, 61 percent of heat "
                                + "shelters were open at 8 p.m. on alert days, against 18 percent of the U.S. sites."),
                        item("A phone call before the heat arrives.", "Nearly two-thirds of Seoul respondents who "
                                + "live alone got a check-in call or visit during a heat warning. In the U.S. cities, "
                                + "fewer than one in four did.")))
                .quote("A cooling center that locks its doors at five o’clock is open for the afternoon, but an older "
                        + "person’s apartment keeps getting hotter long after the sun goes down. Seoul’s shelters get "
                        + "used because they are close by, open late and already part of people’s days. None of that "
                        + "takes new technology. It takes a map, a schedule and a phone list.",
                        "Kim Min-ji, lead author")
                .paragraph("The report closes with costed recommendations for mayors, county health departments and "
                        + "the federal and state agencies that fund heat preparedness. It estimates that a city of "
                        + "700,000 could put all three changes in place for about $14 per resident aged 65 and older "
                        + "each summer.")
                .paragraph(new Text("To arrange an interview with the authors, contact Laura Whitfield at "),
                        Link.to("mailto:l.whitfield@example.org", "l.whitfield@example.org"),
                        new Text(" or (202) 555-0147."))
                .build();
    }

    /** A list item that opens with a bold phrase, as press releases set their key points. */
    private static ListItem item(String lead, String rest) {
        return ListItem.of(Paragraph.of(Strong.of(lead), new Text(" " + rest)));
    }
}
