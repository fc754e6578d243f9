package org.briefkit.pdf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.Callout;
import org.briefkit.model.Contact;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Image;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.Strong;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;

/**
 * Documents of each kind, built with the model's builders in the shape of the samples in
 * {@code examples/samples}: a press release with the sample's words, a brief with its parts, and
 * a long report with numbered chapters, notes and appendices.
 */
public final class Samples {
    /** The organization of every sample. */
    public static final Organization ORG = new Organization("Bramblewood Institute",
            "The Bramblewood Institute is an independent, nonpartisan research organization in Washington, D.C., "
                    + "that studies how cities can protect people's health as the climate changes. (The Institute "
                    + "and everyone named here are fictional: this is a Briefkit sample.)",
            "https://www.example.org/", "1225 Harmon Place NW, Suite 400, Washington, DC 20036", Optional.empty());
    /** The media contact of every sample. */
    public static final Contact CONTACT = new Contact("Laura Whitfield", "Communications Director",
            "l.whitfield@example.org", "(202) 555-0147");
    /** The embargo of the press release: 9 a.m. in Washington on March 17, 2026. */
    public static final ZonedDateTime EMBARGO = ZonedDateTime.of(2026, 3, 17, 9, 0, 0, 0,
            ZoneId.of("America/New_York"));
    private static final RelatedItem REPORT = new RelatedItem(
            "Cool Hours: Protecting Older Adults from Extreme Heat in U.S. and Korean Cities",
            "Why cooling sites go unused, and how a map, a schedule and a phone list can change that.",
            "https://www.example.org/research/cool-hours");

    private Samples() {
    }

    /** @return the sample press release's metadata, to change with {@code toBuilder()} */
    public static Metadata.Builder pressReleaseMetadata() {
        return Metadata.builder("Cooling Centers Close Before Older Adults' Homes Get Hottest, New Report Finds")
                .kind(DocumentKind.PRESS_RELEASE)
                .subtitle("A study of 2,412 older adults in four U.S. cities and Seoul points to three fixes")
                .shortTitle("Cool Hours report release").organization(ORG).programLabel("Climate and Health Program")
                .dateline("Washington", LocalDate.of(2026, 3, 17)).release(Release.embargoedUntil(EMBARGO))
                .contact(CONTACT).keywords("extreme heat", "older adults").language("en-US")
                .copyright("\u00A9 2026 Bramblewood Institute").related(REPORT);
    }

    /** @return the sample press release: its words, about 400 of them */
    public static Document pressRelease() {
        return pressRelease(pressReleaseMetadata().build());
    }

    /** @return the sample press release's text under other metadata */
    public static Document pressRelease(Metadata metadata) {
        return Document.builder(metadata)
                .paragraph("Cooling centers in U.S. cities often close hours before older adults\u2019 homes are "
                        + "hottest, finds \u201CCool Hours,\u201D a Bramblewood Institute report released today. "
                        + "Authors Kim Min-ji, Park Joon-ho and Rachel Alvarez studied 2,412 people aged 65 and older "
                        + "in four U.S. cities and Seoul.")
                .paragraph("Older adults are among the people most at risk in a heat wave, and most who fall ill do "
                        + "so at home. Over the summer of 2025 the research team surveyed older residents, placed "
                        + "temperature loggers in 312 homes and recorded the opening hours of 574 public cooling "
                        + "sites. Inside homes without air conditioning, the heat peaked around 8:30 p.m., some five "
                        + "hours after it peaked outdoors. By 8 p.m., fewer than one in five U.S. cooling sites were "
                        + "still open.")
                .paragraph("The report focuses on three changes cities can make before the next heat season:")
                .add(OrderedList.of(
                        ListItem.of(Paragraph.of(Strong.of("Cooling within a ten-minute walk."), new Text(" Use fell "
                                + "sharply with distance. About four in ten people who lived within five minutes of a "
                                + "site used one during a heat alert; beyond twenty minutes, fewer than one in ten "
                                + "did."))),
                        ListItem.of(Paragraph.of(Strong.of("Doors open into the evening."), new Text(" In the two "
                                + "Seoul districts studied, 61 percent of heat shelters were open at 8 p.m. on alert "
                                + "days, against 18 percent of the U.S. sites."))),
                        ListItem.of(Paragraph.of(Strong.of("A phone call before the heat arrives."), new Text(
                                " Nearly two-thirds of Seoul respondents who live alone got a check-in call or visit "
                                        + "during a heat warning. In the U.S. cities, fewer than one in four did.")))))
                .paragraph("\u201CA cooling center that locks its doors at five o\u2019clock is open for the "
                        + "afternoon, but an older person\u2019s apartment keeps getting hotter long after the sun "
                        + "goes down,\u201D write the authors. \u201CSeoul\u2019s shelters get used because they "
                        + "are close by, open late and already part of people\u2019s days. None of that takes new "
                        + "technology. It takes a map, a schedule and a phone list, and American cities can have "
                        + "all three in place before the next heat wave.\u201D")
                .paragraph("The report closes with costed recommendations for mayors, county health departments and "
                        + "the federal and state agencies that fund heat preparedness. It estimates that a city of "
                        + "700,000 could put all three changes in place for about $14 per resident aged 65 and older "
                        + "each summer. City-by-city data and the survey questionnaire are published with the report.")
                .paragraph(new Text("Read the full report for its recommendations and data. To arrange an interview "
                        + "with the authors, contact Laura Whitfield at "),
                        Link.to("mailto:l.whitfield@example.org", "l.whitfield@example.org"),
                        new Text(" or (202) 555-0147."))
                .build();
    }

    /** @return a brief in the sample's shape: summary, takeaways, sections, a figure, a table, notes, authors */
    public static Document brief() {
        Random random = new Random(31);
        Metadata meta = Metadata.builder("Open Late, Close By").kind(DocumentKind.BRIEF)
                .subtitle("What Seoul's Heat Shelters Can Teach U.S. Cities About Protecting Older Adults")
                .shortTitle("Open Late, Close By")
                .author(new Author("Park Joon-ho", "Visiting Fellow, Climate and Health Program",
                        "Park Joon-ho led the Seoul fieldwork for the Cool Hours study. " + Fixtures.words(random, 40)))
                .author(new Author("Kim Min-ji", "Senior Fellow and Director, Climate and Health Program",
                        "Kim Min-ji directs the Climate and Health Program. " + Fixtures.words(random, 40)))
                .organization(ORG).programLabel("Climate and Health Program").date(LocalDate.of(2026, 3, 17))
                .contact(CONTACT).keywords("extreme heat", "policy brief").language("en-US")
                .copyright("\u00A9 2026 Bramblewood Institute")
                .license("A Briefkit sample document: the Bramblewood Institute, its staff and its data are fictional.")
                .related(REPORT).build();
        DocumentBuilder b = Document.builder(meta);
        b.summary(Paragraph.of(Fixtures.words(random, 110)), Paragraph.of(Fixtures.words(random, 90)));
        b.add(takeaways(random));
        String[] sections = {"Why cooling centers sit empty", "The evening gap", "How Seoul does it",
            "What travels, and what does not", "Recommendations"};
        for (int s = 0; s < sections.length; s++) {
            b.add(new Heading(1, Attr.id("s" + s), List.of(new Text(sections[s]))));
            for (int p = 0; p < 3; p++) {
                b.add(Paragraph.of(new Text(Fixtures.words(random, 70) + " "), Note.of(Fixtures.words(random, 14)),
                        new Text(" " + Fixtures.words(random, 30))));
            }
            if (s == 1) {
                b.add(figure(random, "fig-hours", pngWithAlpha(800, 450)));
            } else if (s == 2) {
                b.add(new Heading(2, Attr.EMPTY, List.of(new Text("Close by"))));
                b.add(table(random, 6));
                b.pullQuote("The shelter is not the intervention. The walk there, the hours it keeps and the "
                        + "person who calls to say it is open: those are the intervention.", "Park Joon-ho");
            } else if (s == 4) {
                b.callout("Recommendations for U.S. cities", OrderedList.of(ListItem.of(Fixtures.words(random, 24)),
                        ListItem.of(Fixtures.words(random, 20)), ListItem.of(Fixtures.words(random, 28))));
            }
        }
        return b.build();
    }

    /** @return a report of {@code chapters} numbered chapters with sections, figures, tables, notes and appendices */
    public static Document report(int chapters) {
        Random random = new Random(47);
        Metadata meta = Metadata.builder("Cool Hours").kind(DocumentKind.REPORT)
                .subtitle("Protecting Older Adults from Extreme Heat in U.S. and Korean Cities")
                .shortTitle("Cool Hours")
                .author(new Author("Kim Min-ji", "Senior Fellow", "Kim Min-ji directs the program. "
                        + Fixtures.words(random, 50)))
                .author(new Author("Park Joon-ho", "Visiting Fellow", Fixtures.words(random, 40)))
                .author(new Author("Rachel Alvarez", "Research Associate", Fixtures.words(random, 30)))
                .organization(ORG).programLabel("Climate and Health Program").date(LocalDate.of(2026, 3, 17))
                .contact(CONTACT).language("en-US").copyright("\u00A9 2026 Bramblewood Institute")
                .license("All rights reserved.").related(REPORT).build();
        DocumentBuilder b = Document.builder(meta);
        b.summary(Paragraph.of(Fixtures.words(random, 150)), takeaways(random), Paragraph.of(Fixtures.words(random,
                120)));
        Image chart = pngWithAlpha(800, 450);
        for (int c = 0; c < chapters; c++) {
            b.add(new Heading(1, Attr.id("ch" + c), List.of(new Text("Chapter " + (c + 1) + ": "
                    + Fixtures.words(random, 3)))));
            for (int s = 0; s < 3; s++) {
                b.add(new Heading(2, Attr.EMPTY, List.of(new Text("Section " + (c + 1) + "." + (s + 1) + " "
                        + Fixtures.words(random, 2)))));
                for (int p = 0; p < 4; p++) {
                    List<org.briefkit.model.Inline> content = new ArrayList<>();
                    content.add(new Text(Fixtures.words(random, 60 + random.nextInt(40)) + " "));
                    if (p % 2 == 0) {
                        content.add(Note.of(Fixtures.words(random, 12 + random.nextInt(30))));
                    }
                    if (p == 3 && c > 0) {
                        content.add(new Text(" (see "));
                        content.add(Link.to("#ch" + (c - 1), "chapter " + c));
                        content.add(new Text(")"));
                    }
                    content.add(new Text(" " + Fixtures.words(random, 30)));
                    b.add(new Paragraph(content));
                }
                if (s == 1) {
                    b.add(new Heading(3, Attr.EMPTY, List.of(new Text("A closer look " + (c + 1)))));
                    b.add(Paragraph.of(Fixtures.words(random, 80)));
                }
            }
            if (c % 2 == 0) {
                b.add(figure(random, "fig-" + c, chart));
            } else {
                b.add(table(random, 8 + random.nextInt(10)));
            }
            if (c % 3 == 1) {
                b.add(new Callout(Attr.classes("recommendations"), List.of(new Text("Recommendations")),
                        List.of(OrderedList.of(ListItem.of(Fixtures.words(random, 30)),
                                ListItem.of(Fixtures.words(random, 40)), ListItem.of(Fixtures.words(random, 25))))));
            }
        }
        b.appendix(Heading.of(1, "Methods"), Paragraph.of(Fixtures.words(random, 200)),
                Heading.of(2, "Survey"), Paragraph.of(Fixtures.words(random, 150)),
                Heading.of(1, "Data tables"), table(random, 20));
        return b.build();
    }

    private static Callout takeaways(Random random) {
        return new Callout(Attr.classes("takeaways"), List.of(new Text("Key takeaways")), List.of(OrderedList.of(
                ListItem.of(Paragraph.of(Strong.of("Distance decides use."), new Text(" " + Fixtures.words(random,
                        25)))),
                ListItem.of(Paragraph.of(Strong.of("The evening is the gap."), new Text(" " + Fixtures.words(random,
                        25)))),
                ListItem.of(Paragraph.of(Strong.of("Familiar places draw people."), new Text(" "
                        + Fixtures.words(random, 20)))))));
    }

    private static Figure figure(Random random, String id, Image image) {
        return new Figure(Attr.id(id), image, "A step chart of the share of sites open in each hour",
                List.of(new Text("Most U.S. cooling sites close as homes reach their hottest")),
                List.of(new Text("Source: Bramblewood Institute, Cool Hours site audit. " + Fixtures.words(random,
                        6))));
    }

    private static Table table(Random random, int rows) {
        List<TableRow> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            body.add(TableRow.of("Site " + (r + 1), Fixtures.words(random, 2 + random.nextInt(6)),
                    Integer.toString(random.nextInt(1000)), random.nextInt(100) + "%"));
        }
        return new Table(Attr.EMPTY, List.of(new Text("Access to cooling sites, summer 2025")),
                List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.LEFT),
                        TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.RIGHT)),
                List.of(TableRow.of("Study area", "Description", "Respondents", "Used a site")), body);
    }

    /** @return a PNG with an alpha channel: a half-transparent chart on a transparent ground */
    public static Image pngWithAlpha(int width, int height) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x1F, 0x4E, 0x79, 160));
        for (int i = 0; i < 10; i++) {
            int h = (i * 41 % 80 + 15) * height / 100;
            g.fillRect(i * width / 10 + 6, height - h, width / 10 - 12, h);
        }
        g.dispose();
        return Fixtures.png(img, "chart-alpha.png");
    }
}
