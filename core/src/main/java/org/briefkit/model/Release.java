package org.briefkit.model;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.briefkit.InvalidDocumentException;

/**
 * When the news may be published: at once, or not before an embargo lifts.
 *
 * @param embargoUntil the moment the embargo lifts, with its time zone; empty for immediate release
 */
public record Release(Optional<ZonedDateTime> embargoUntil) {
    private static final Release IMMEDIATE = new Release(Optional.empty());

    /** Checks the embargo. */
    public Release {
        embargoUntil = Checks.present("release.embargoUntil", embargoUntil);
        embargoUntil.ifPresent(moment -> {
            Checks.date("release.embargoUntil", moment.toLocalDate());
            Checks.date("release.embargoUntil", moment.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate());
        });
    }

    /** @return "FOR IMMEDIATE RELEASE" */
    public static Release immediate() {
        return IMMEDIATE;
    }

    /**
     * @param moment when the embargo lifts, in the zone to print it in
     * @return an embargoed release
     */
    public static Release embargoedUntil(ZonedDateTime moment) {
        return new Release(Optional.of(Checks.present("release.embargoUntil", moment)));
    }

    /**
     * Parses an embargo written as ISO 8601 with an offset or a zone, such as
     * {@code 2026-03-15T09:00-04:00} or {@code 2026-03-15T09:00-04:00[America/New_York]}.
     *
     * @param text the moment
     * @return an embargoed release
     * @throws InvalidDocumentException when the text has no time zone or does not parse
     */
    public static Release embargoedUntil(String text) {
        String value = Checks.required("release.embargoUntil", text).strip();
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException("release.embargoUntil", "'" + value
                    + "' is not a date and time such as 2026-03-15T09:00-04:00[America/New_York]");
        }
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS) && parsed.query(java.time.temporal.TemporalQueries.zone()) == null) {
            throw new InvalidDocumentException("release.embargoUntil", "'" + value
                    + "' has no time zone; an embargo needs one, such as 2026-03-15T09:00-04:00[America/New_York]");
        }
        try {
            return embargoedUntil(ZonedDateTime.from(parsed));
        } catch (java.time.DateTimeException e) {
            LocalDateTime local = LocalDateTime.from(parsed);
            throw new InvalidDocumentException("release.embargoUntil", "'" + value + "' (" + local
                    + ") has no usable time zone");
        }
    }

    /** @return whether the news is embargoed */
    public boolean isEmbargoed() {
        return embargoUntil.isPresent();
    }
}
