package org.briefkit.docx;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Contact;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;

/**
 * The documents the tests render: a press release in the shape of a real one, a brief with every
 * kind of block (and Korean text), and a long report. All written with the builder, in our own words.
 */
public final class Samples {
    public static final Organization INSTITUTE = new Organization("Harbor Policy Institute",
            "The Harbor Policy Institute is an independent, nonpartisan research organization that develops "
                    + "practical policies for maritime security, trade and the economies of coastal regions.",
            "https://www.harborpolicy.example.org", "1100 Water Street NW\nWashington, DC 20007", Optional.empty());

    /** The institute with its logo. */
    public static final Organization INSTITUTE_WITH_LOGO = new Organization(INSTITUTE.name(), INSTITUTE.about(),
            INSTITUTE.website(), INSTITUTE.address(), Optional.of(Image.of(logo(), "harbor-logo.png")));

    private Samples() {
    }

    /** A one-page release: letterhead, release line, contact, headline, dateline, numbered list, quote, about. */
    public static Document pressRelease() {
        Metadata meta = Metadata.builder("Tidewater: Rebuilding Allied Shipbuilding for a Contested Decade")
                .kind(DocumentKind.PRESS_RELEASE)
                .subtitle("New report maps how the United States and its partners can expand naval and commercial yards")
                .shortTitle("Tidewater report release")
                .organization(INSTITUTE)
                .programLabel("Maritime Security Program")
                .dateline("Washington", LocalDate.of(2026, 3, 15))
                .release(Release.immediate())
                .contact(new Contact("Dana Whitfield", "Communications Director", "dwhitfield@harborpolicy.example.org",
                        "+1 202 555 0147"))
                .author(new Author("Elena Marsh", "Senior Fellow", "Elena Marsh writes on industrial policy."))
                .author("Tomás Reyes", "Research Associate")
                .keywords("shipbuilding", "alliances", "industrial base")
                .related(new RelatedItem("Tidewater: Rebuilding Allied Shipbuilding",
                        "The full report, with data on 40 shipyards in six countries.",
                        "https://www.harborpolicy.example.org/reports/tidewater"))
                .copyright("© 2026 Harbor Policy Institute")
                .build();
        return Document.builder(meta)
                .paragraph("Today, the Harbor Policy Institute released a new report, \u201CTidewater: Rebuilding "
                        + "Allied Shipbuilding for a Contested Decade,\u201D by Elena Marsh and Tom\u00E1s Reyes.")
                .paragraph("The report looks at why allied yards fell behind and what it would take to catch up. "
                        + "It concentrates on three questions that policy debates have so far left aside:")
                .add(new OrderedList(1, NumberStyle.DECIMAL, List.of(
                        ListItem.of(Paragraph.of(Strong.of("Workforce."), new Text(" How yards can recruit and keep "
                                + "welders, fitters and naval architects when other industries pay more."))),
                        ListItem.of(Paragraph.of(Strong.of("Shared capacity."), new Text(" Where allied yards could build "
                                + "and repair each other\u2019s ships under common standards."))),
                        ListItem.of(Paragraph.of(Strong.of("Finance."), new Text(" Which long-term contracts and loan "
                                + "guarantees would let private yards invest in new docks."))))))
                .paragraph("\u201CFor a generation we treated shipyards as a legacy industry,\u201D write the authors. "
                        + "\u201CThe next decade will reward the countries that build steadily, repair quickly and "
                        + "share the load with their partners. None of that happens without a plan for people, "
                        + "docks and money, agreed years before the ships are needed.\u201D")
                .paragraph("The report closes with recommendations for Congress, the Navy and allied defense ministries.")
                .paragraph(new Text("To schedule an interview with the authors, contact Dana Whitfield at "),
                        Link.to("mailto:dwhitfield@harborpolicy.example.org", "dwhitfield@harborpolicy.example.org"),
                        new Text("."))
                .build();
    }

    /** A brief with every kind of block and inline, notes, a figure, a table, and Korean text. */
    public static Document brief() {
        Metadata meta = Metadata.builder("Steady Currents: Financing Coastal Resilience in Korea and the United States")
                .kind(DocumentKind.BRIEF)
                .subtitle("Lessons from two allies for the next decade of adaptation spending")
                .shortTitle("Steady Currents")
                .organization(INSTITUTE_WITH_LOGO)
                .programLabel("Energy and Climate Program")
                .date(LocalDate.of(2026, 4, 2))
                .author(new Author("Elena Marsh", "Senior Fellow, Energy and Climate Program",
                        "Elena Marsh leads the institute\u2019s work on climate adaptation finance. She previously "
                                + "served at the Treasury Department."))
                .author(new Author("김민지", "Visiting Fellow",
                        "김민지 (Kim Minji) studies municipal bond markets in Korea and Japan."))
                .contact(new Contact("Dana Whitfield", "Communications Director", "dwhitfield@harborpolicy.example.org",
                        "+1 202 555 0147"))
                .keywords("adaptation", "finance", "Korea")
                .copyright("© 2026 Harbor Policy Institute. All rights reserved.")
                .license("No part of this brief may be reproduced without permission.")
                .related(new RelatedItem("Tidewater", "Our report on allied shipbuilding.",
                        "https://www.harborpolicy.example.org/reports/tidewater"))
                .build();
        Image chart = Image.of(png(480, 270), "chart.png");
        Table table = new Table(Attr.id("tbl-spending"), List.of(new Text("Adaptation spending by source, 2025")),
                List.of(new TableColumn(Alignment.LEFT, 3), new TableColumn(Alignment.RIGHT, 1),
                        new TableColumn(Alignment.CENTER, 1)),
                List.of(TableRow.of("Source", "USD bn", "Share")),
                List.of(TableRow.of("Federal and national grants", "41.2", "48%"),
                        TableRow.of("Municipal bonds", "22.7", "27%"),
                        TableRow.of("Insurance-linked securities", "9.4", "11%"),
                        TableRow.of("Private investment", "11.9", "14%")));
        DocumentBuilder b = Document.builder(meta)
                .summary(Paragraph.of("Both countries spend more on adaptation each year, but neither has a steady "
                        + "way to pay for it. This brief compares their tools and proposes three reforms."),
                        new Callout(Attr.classes("takeaways"), List.of(new Text("Key takeaways")), List.of(
                                new BulletList(List.of(ListItem.of("Grants still carry half the load."),
                                        ListItem.of("Municipal bonds are cheap but uneven."),
                                        ListItem.of("Insurance-linked debt is growing fastest."))))))
                .add(new Heading(1, Attr.id("intro"), List.of(new Text("Why adaptation finance matters"))))
                .paragraph(new Text("Flood defenses, cooling centers and resilient grids are "),
                        Emphasis.of("long-lived"), new Text(" assets. Their costs fall today; their benefits arrive "
                                + "over decades"), new Note(List.of(Paragraph.of("See the Office of Management and "
                                + "Budget, Climate Risk Exposure (2024), 12\u201318."))), new Text(". "),
                        Strong.of("Steady finance"), new Text(" matters more than any single appropriation."))
                .paragraph(new Text("Terms used: "), Code.of("ILS"), new Text(" (insurance-linked securities), CO"),
                        Subscript.of("2"), new Text(", the 21"), Superscript.of("st"), new Text(" century, "),
                        Strikeout.of("grants only"), new Text(", "), SmallCaps.of("fema"), new Text(", and "),
                        new Span(new Attr("", List.of("dateline"), Map.of()), List.of(new Text("a styled span"))),
                        new Text("."), new LineBreak(), new Text("Section "),
                        Link.to("#sec-korea", "2.1"), new Text(" covers Korea; the "), Link.to("#tbl-spending",
                                "spending table"), new Text(" sums it up; the data are at "),
                        new Link(Attr.EMPTY, List.of(new Text("data.example.org")), "https://data.example.org/adapt",
                                "Open data portal"), new Text("."))
                .add(new Heading(2, Attr.EMPTY, List.of(new Text("Where the money comes from"))))
                .add(table)
                .add(new Figure(Attr.id("fig-trend"), chart, "Line chart: adaptation spending rose from 38 to 85 "
                        + "billion dollars between 2015 and 2025.", List.of(new Text("Figure 1. Spending, 2015\u20132025")),
                        List.of(new Text("Source: Harbor Policy Institute analysis of budget data."))))
                .add(new BulletList(List.of(
                        ListItem.of(Paragraph.of("Grants"), new BulletList(List.of(ListItem.of("Federal"),
                                ListItem.of("State")))),
                        ListItem.of(Paragraph.of("Bonds"), Paragraph.of("General obligation and revenue bonds both count.")),
                        ListItem.of("Insurance"))))
                .add(new OrderedList(3, NumberStyle.DECIMAL, List.of(ListItem.of("Third point, numbered from 3"),
                        ListItem.of(Paragraph.of("Fourth point"), new OrderedList(1, NumberStyle.LOWER_ALPHA,
                                List.of(ListItem.of("sub-point a"), ListItem.of("sub-point b")))))))
                .add(new Heading(2, Attr.id("sec-korea"), List.of(new Text("Korea\u2019s green bonds"))))
                .paragraph("서울시는 2025년에 기후 적응 채권을 처음으로 발행했다. 이 채권은 홍수 방지 시설과 "
                        + "도시 녹지 확충에 쓰인다.")
                .add(new BlockQuote(List.of(Paragraph.of("A bond is only as steady as the revenue behind it.")),
                        List.of(new Text("김민지, Visiting Fellow"))))
                .add(new PullQuote(List.of(new Text("Steady money beats big money.")),
                        List.of(new Text("Elena Marsh"))))
                .add(new ThematicBreak())
                .add(new CodeBlock(new Attr("code-model", List.of("python"), Map.of()),
                        "def annuity(rate, years):\n\treturn rate / (1 - (1 + rate) ** -years)"))
                .add(new Div(new Attr("box", List.of("note"), Map.of("custom-style", "Policy Note")),
                        List.of(Paragraph.of("A custom style that Word users can restyle."))))
                .add(new Callout(Attr.id("recs"), List.of(new Text("Recommendations")), List.of(
                        Paragraph.of("Three reforms would make adaptation money steadier:"),
                        new OrderedList(1, NumberStyle.DECIMAL, List.of(
                                ListItem.of("Create a revolving adaptation fund."),
                                ListItem.of("Standardize resilience bond disclosures."),
                                ListItem.of("Pool small municipalities\u2019 issues."))))))
                .pageBreak()
                .add(new Heading(1, Attr.EMPTY, List.of(new Text("Conclusion"))))
                .paragraph(new Text("The tools exist; what is missing is steadiness"), new Note(List.of(
                        Paragraph.of(new Text("On steadiness, compare "), Emphasis.of("Public Finance Review"),
                                new Text(" 41(2).")))), new Text("."))
                .appendix(new Heading(1, Attr.EMPTY, List.of(new Text("Methods"))),
                        Paragraph.of("We compiled budget documents from both countries for 2015\u20132025."));
        return b.build();
    }

    /** A long report: chapters of sections, footnotes, and a table that runs over pages. */
    public static Document report(int chapters, int sectionsPerChapter, int paragraphsPerSection, int tableRows) {
        Metadata meta = Metadata.builder("The State of the Coast 2026")
                .kind(DocumentKind.REPORT)
                .subtitle("An annual assessment of coastal economies, risks and policy")
                .organization(INSTITUTE)
                .programLabel("Coastal Economies Program")
                .date(LocalDate.of(2026, 6, 1))
                .author(new Author("Elena Marsh", "Senior Fellow", "Elena Marsh leads the institute\u2019s work on "
                        + "climate adaptation finance."))
                .author(new Author("Tomás Reyes", "Research Associate", "Tom\u00E1s Reyes studies port economics."))
                .copyright("© 2026 Harbor Policy Institute")
                .keywords("coast", "annual report")
                .build();
        DocumentBuilder b = Document.builder(meta)
                .summary(Paragraph.of("Coastal economies grew in 2025, but their exposure to storms and sea-level "
                        + "rise grew faster. This report tracks both."));
        int note = 0;
        for (int c = 1; c <= chapters; c++) {
            b.add(new Heading(1, Attr.id("chapter-" + c), List.of(new Text("Chapter " + c + ": " + TOPICS[c % TOPICS.length]))));
            for (int s = 1; s <= sectionsPerChapter; s++) {
                b.add(Heading.of(2, "Findings " + c + "." + s));
                for (int p = 0; p < paragraphsPerSection; p++) {
                    List<Inline> inlines = new ArrayList<>();
                    inlines.add(new Text(LOREM[(c + s + p) % LOREM.length]));
                    if (p == 1) {
                        inlines.add(new Note(List.of(Paragraph.of("Source note " + (++note)
                                + ": national accounts and port statistics, 2025."))));
                    }
                    inlines.add(new Text(" " + LOREM[(c * 7 + p) % LOREM.length]));
                    b.add(new Paragraph(inlines));
                }
                if (s == 2) {
                    b.bullets("Ports moved more cargo than in any year before.", "Insured losses doubled.",
                            "Fisheries employment fell for the fifth year.");
                }
            }
        }
        if (tableRows > 0) {
            List<TableRow> rows = new ArrayList<>();
            for (int r = 1; r <= tableRows; r++) {
                rows.add(TableRow.of("Port " + r, Integer.toString(1000 + r * 37), String.format("%.1f%%", r * 0.7)));
            }
            b.add(new Heading(1, Attr.id("data"), List.of(new Text("Data tables"))));
            b.add(new Table(Attr.EMPTY, List.of(new Text("Cargo by port")),
                    List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.RIGHT)),
                    List.of(TableRow.of("Port", "Thousand TEU", "Change")), rows));
        }
        b.appendix(Heading.of(1, "Methodology"), Paragraph.of("Data come from national statistics offices."));
        return b.build();
    }

    private static final String[] TOPICS = {"Ports and trade", "Storms and insurance", "Fisheries", "Tourism",
        "Housing on the shore", "Energy at sea"};

    private static final String[] LOREM = {
        "Coastal counties produced a larger share of national output than at any time in the past two decades, led by "
            + "port logistics, offshore energy and tourism.",
        "Yet the same counties recorded the highest growth in insured losses, as storms reached further inland and "
            + "flood maps lagged behind the water.",
        "Local governments responded with new bonds and fees, but the revenue behind them is uneven and often "
            + "depends on property values that the risk itself threatens.",
        "Federal programs filled part of the gap, though most of their money arrives after a disaster rather than "
            + "before it, when a dollar of prevention saves several of repair.",
        "Employers report that workers are harder to find in towns where housing has become uninsurable, a problem "
            + "that no single agency owns.",
        "The data in this chapter come from statistical offices, port authorities and insurers, reconciled to a "
            + "common set of definitions for the first time."};

    /** @return a small logo: a wave in a square, drawn with Java2D */
    public static byte[] logo() {
        BufferedImage img = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F4E79));
        g.fillRect(0, 0, 160, 160);
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(10));
        g.drawArc(20, 60, 60, 40, 0, 180);
        g.drawArc(80, 60, 60, 40, 180, 180);
        g.dispose();
        return encode(img);
    }

    /** @return a small PNG drawn with Java2D: a gradient and a rising line, like a chart */
    public static byte[] png(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xEDF2F7), 0, height, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1F4E79));
        for (int i = 0; i < 10; i++) {
            int x1 = 20 + i * (width - 40) / 10;
            int x2 = 20 + (i + 1) * (width - 40) / 10;
            g.drawLine(x1, height - 20 - i * (height - 40) / 10, x2, height - 20 - (i + 1) * (height - 40) / 10);
        }
        g.dispose();
        return encode(img);
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
