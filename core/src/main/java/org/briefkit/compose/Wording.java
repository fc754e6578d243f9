package org.briefkit.compose;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.briefkit.model.Dateline;
import org.briefkit.model.Release;
import org.briefkit.theme.DatelineStyle;

/**
 * The fixed words both renderers print: release lines, datelines, dates and section labels, in
 * the forms press offices and the AP stylebook use. English only for now; the labels are kept
 * together here so a translation is one place.
 */
public final class Wording {
    /** The heading over the table of contents. */
    public static final String CONTENTS = "Contents";
    /** The heading over the executive summary. */
    public static final String SUMMARY = "Executive Summary";
    /** The heading over collected endnotes. */
    public static final String NOTES = "Notes";
    /** The heading over the authors' bios. */
    public static final String ABOUT_AUTHORS = "About the Authors";
    /** The word before a numbered appendix's letter: "Appendix A". */
    public static final String APPENDIX = "Appendix";
    /** The title of the related-items card. */
    public static final String READ_MORE = "Read more";
    /** The label over one media contact. */
    public static final String CONTACT = "Media contact";
    /** The label over several media contacts. */
    public static final String CONTACTS = "Media contacts";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Wording() {
    }

    /**
     * @param release the release
     * @return "FOR IMMEDIATE RELEASE", or "EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026"
     */
    public static String releaseLine(Release release) {
        if (release.embargoUntil().isEmpty()) {
            return "FOR IMMEDIATE RELEASE";
        }
        ZonedDateTime at = release.embargoUntil().get();
        return ("EMBARGOED UNTIL " + time(at) + " " + zone(at) + ", " + LONG_DATE.format(at))
                .toUpperCase(Locale.US);
    }

    /**
     * The dateline as it opens the lead paragraph, separator included: AP style gives
     * "WASHINGTON — " (a space follows the dash); the dated style "Washington, March 15, 2023—"
     * (the lead follows the dash directly).
     *
     * @param dateline the place and date
     * @param style    which convention
     * @return the text to set, in bold, before the lead
     */
    public static String dateline(Dateline dateline, DatelineStyle style) {
        return switch (style) {
            case AP -> dateline.place().toUpperCase(Locale.US) + " \u2014 ";
            case DATED -> dateline.place() + ", " + date(dateline.date()) + "\u2014";
        };
    }

    /** @param date a date; @return it written out, "March 15, 2026" */
    public static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /**
     * @param authors the authors
     * @return their names as a byline: "A", "A and B", "A, B and C"; "" for none
     */
    public static String authors(java.util.List<org.briefkit.model.Author> authors) {
        java.util.List<String> names = authors.stream().map(org.briefkit.model.Author::name).toList();
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }

    /** @param organization the organization's name; @return "About " and the name */
    public static String about(String organization) {
        return "About " + organization;
    }

    /** 9:00 a.m. as AP writes it; on the hour without ":00" is AP too, but release lines keep it. */
    private static String time(ZonedDateTime at) {
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        String suffix = at.getHour() < 12 ? "a.m." : "p.m.";
        return String.format(Locale.US, "%d:%02d %s", hour, at.getMinute(), suffix);
    }

    /** "EDT" for a region zone; "UTC+09:00" for a bare offset, which has no abbreviation. */
    private static String zone(ZonedDateTime at) {
        if (at.getZone() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        return DateTimeFormatter.ofPattern("zzz", Locale.US).format(at);
    }
}
