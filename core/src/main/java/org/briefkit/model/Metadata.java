package org.briefkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.InvalidDocumentException;

/**
 * What a document is, who made it and how it is released: everything but its text.
 *
 * @param kind         press release, brief or report; drives the layout
 * @param title        the title or headline; required
 * @param subtitle     the subtitle or subhead; "" for none
 * @param shortTitle   a short title for running heads; "" to use the title
 * @param authors      the authors, in order
 * @param organization the publishing organization, if named
 * @param programLabel the program or series ("Energy and Climate Program"); "" for none
 * @param date         the publication date, if given; also fixes the files' creation dates
 * @param dateline     a press release's dateline, if any
 * @param release      a press release's release line, if any
 * @param contacts     media contacts
 * @param keywords     keywords for the files' properties
 * @param language     the document's language (BCP 47, such as en-US or ko-KR)
 * @param copyright    the copyright line ("© 2026 Example Institute"); "" for none
 * @param license      the license or reproduction line; "" for none
 * @param related      "Read more" items
 * @param endMark      the mark that closes a press release ("###" or "-30-"); "" for none
 */
public record Metadata(DocumentKind kind, String title, String subtitle, String shortTitle, List<Author> authors,
        Optional<Organization> organization, String programLabel, Optional<LocalDate> date,
        Optional<Dateline> dateline, Optional<Release> release, List<Contact> contacts, List<String> keywords,
        Locale language, String copyright, String license, List<RelatedItem> related, String endMark) {

    /**
     * The earliest year a date may have: the first whole year of the Gregorian calendar. PDF and
     * Word files print dates through calendars that count earlier days as Julian, so a date
     * before 1583 would read a few days off in one file and not the other.
     */
    public static final int FIRST_YEAR = 1583;

    /** The latest year a date may have: PDF, XMP and Word dates have four digits of year. */
    public static final int LAST_YEAR = 9999;

    /** Checks every field (dates within {@link #FIRST_YEAR} to {@link #LAST_YEAR}) and copies the lists. */
    public Metadata {
        kind = Checks.present("metadata.kind", kind);
        title = Checks.required("metadata.title", title);
        subtitle = Checks.text("metadata.subtitle", subtitle);
        shortTitle = Checks.text("metadata.shortTitle", shortTitle);
        authors = Checks.list("metadata.authors", authors);
        organization = Checks.present("metadata.organization", organization);
        programLabel = Checks.text("metadata.programLabel", programLabel);
        date = Checks.present("metadata.date", date);
        date.ifPresent(d -> Checks.date("metadata.date", d));
        dateline = Checks.present("metadata.dateline", dateline);
        release = Checks.present("metadata.release", release);
        contacts = Checks.list("metadata.contacts", contacts);
        keywords = Checks.strings("metadata.keywords", keywords);
        language = Checks.present("metadata.language", language);
        if (language.getLanguage().isEmpty()) {
            throw new InvalidDocumentException("metadata.language", "'" + language.toLanguageTag()
                    + "' names no language");
        }
        copyright = Checks.text("metadata.copyright", copyright);
        license = Checks.text("metadata.license", license);
        related = Checks.list("metadata.related", related);
        endMark = Checks.text("metadata.endMark", endMark).strip();
    }

    /** @param title the title; @return a builder for a report with that title */
    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    /** @return a builder holding this metadata's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.title = title;
        b.subtitle = subtitle;
        b.shortTitle = shortTitle;
        b.authors.addAll(authors);
        b.organization = organization.orElse(null);
        b.programLabel = programLabel;
        b.date = date.orElse(null);
        b.dateline = dateline.orElse(null);
        b.release = release.orElse(null);
        b.contacts.addAll(contacts);
        b.keywords.addAll(keywords);
        b.language = language;
        b.copyright = copyright;
        b.license = license;
        b.related.addAll(related);
        b.endMark = endMark;
        return b;
    }

    /**
     * What is odd but not wrong in this metadata, for a reader or a caller to report: for now, an
     * embargo that lifts before the document's date (see {@link #embargoWarning}).
     *
     * @return one message per problem, each naming its field; empty when there is none
     */
    public List<String> warnings() {
        return embargoWarning(date, release).stream().toList();
    }

    /**
     * An embargo holds news back until after it is issued, so it lifts on or after the
     * document's date; one that lifts earlier is almost always a typing mistake (the wrong
     * year), and its release line would announce an embargo already over. The date has no time
     * zone, so an embargo on the day before the date, in its own zone, passes.
     *
     * @param date    the document's date, if any
     * @param release its release line, if any
     * @return a message naming the embargo and the date when the embargo lifts earlier
     */
    public static Optional<String> embargoWarning(Optional<LocalDate> date, Optional<Release> release) {
        if (date.isEmpty() || release.isEmpty() || release.get().embargoUntil().isEmpty()) {
            return Optional.empty();
        }
        LocalDate lifts = release.get().embargoUntil().get().toLocalDate();
        if (!lifts.isBefore(date.get().minusDays(1))) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(lifts, date.get());
        return Optional.of("release.embargoUntil: the embargo lifts on " + lifts + ", " + days
                + " days before the document's date (" + date.get() + "); an embargo lifts on or after the date"
                + " a release is issued, so one of the two is probably mistyped");
    }

    /** @return the short title, or the title when there is none */
    public String runningTitle() {
        return shortTitle.isEmpty() ? title : shortTitle;
    }

    /**
     * @param tag a BCP 47 language tag such as {@code en-US}
     * @return the locale
     * @throws InvalidDocumentException when the tag is not well formed
     */
    public static Locale parseLanguage(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(Checks.required("metadata.language", tag).strip()).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidDocumentException("metadata.language", "'" + tag + "' is not a BCP 47 language tag");
        }
    }

    /** Builds {@link Metadata} field by field; {@link #build()} checks them all. */
    public static final class Builder {
        private DocumentKind kind = DocumentKind.REPORT;
        private String title;
        private String subtitle = "";
        private String shortTitle = "";
        private final List<Author> authors = new ArrayList<>();
        private Organization organization;
        private String programLabel = "";
        private LocalDate date;
        private Dateline dateline;
        private Release release;
        private final List<Contact> contacts = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private Locale language = Locale.US;
        private String copyright = "";
        private String license = "";
        private final List<RelatedItem> related = new ArrayList<>();
        private String endMark;

        private Builder() {
        }

        /** @param value the kind; @return this builder */
        public Builder kind(DocumentKind value) {
            kind = value;
            return this;
        }

        /** @param value the title; @return this builder */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @param value the subtitle; @return this builder */
        public Builder subtitle(String value) {
            subtitle = value;
            return this;
        }

        /** @param value the running-head title; @return this builder */
        public Builder shortTitle(String value) {
            shortTitle = value;
            return this;
        }

        /** @param value an author, added after the others; @return this builder */
        public Builder author(Author value) {
            authors.add(value);
            return this;
        }

        /** @param name an author's name; @param role their role; @return this builder */
        public Builder author(String name, String role) {
            return author(new Author(name, role, ""));
        }

        /** @param value the organization; @return this builder */
        public Builder organization(Organization value) {
            organization = value;
            return this;
        }

        /** @param value the program or series label; @return this builder */
        public Builder programLabel(String value) {
            programLabel = value;
            return this;
        }

        /** @param value the publication date; @return this builder */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * Sets the dateline, and the publication date when none is set.
         *
         * @param place the city
         * @param day   the date of issue
         * @return this builder
         */
        public Builder dateline(String place, LocalDate day) {
            dateline = new Dateline(place, day);
            if (date == null) {
                date = day;
            }
            return this;
        }

        /** @param value the release line; @return this builder */
        public Builder release(Release value) {
            release = value;
            return this;
        }

        /** @param value a media contact, added after the others; @return this builder */
        public Builder contact(Contact value) {
            contacts.add(value);
            return this;
        }

        /** @param values keywords, added after the others; @return this builder */
        public Builder keywords(String... values) {
            keywords.addAll(List.of(values));
            return this;
        }

        /** @param value the language; @return this builder */
        public Builder language(Locale value) {
            language = value;
            return this;
        }

        /** @param tag a BCP 47 tag such as {@code ko-KR}; @return this builder */
        public Builder language(String tag) {
            language = parseLanguage(tag);
            return this;
        }

        /** @param value the copyright line; @return this builder */
        public Builder copyright(String value) {
            copyright = value;
            return this;
        }

        /** @param value the license line; @return this builder */
        public Builder license(String value) {
            license = value;
            return this;
        }

        /** @param value a "Read more" item, added after the others; @return this builder */
        public Builder related(RelatedItem value) {
            related.add(value);
            return this;
        }

        /**
         * @param value the end mark; "" for none. Unset, a press release ends with "###" and other
         *              kinds with none.
         * @return this builder
         */
        public Builder endMark(String value) {
            endMark = value;
            return this;
        }

        /**
         * @return the metadata
         * @throws InvalidDocumentException naming the first field at fault
         */
        public Metadata build() {
            String mark = endMark != null ? endMark : kind == DocumentKind.PRESS_RELEASE ? "###" : "";
            Release line = release == null && kind == DocumentKind.PRESS_RELEASE ? Release.immediate() : release;
            return new Metadata(kind, title, subtitle, shortTitle, authors, Optional.ofNullable(organization),
                    programLabel, Optional.ofNullable(date), Optional.ofNullable(dateline), Optional.ofNullable(line),
                    contacts, keywords, language, copyright, license, related, mark);
        }
    }
}
