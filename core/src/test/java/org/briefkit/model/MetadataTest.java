package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.briefkit.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class MetadataTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aDateOutsideTheYearsPdfAndWordCanHoldIsRefusedNamingItsField() {
        for (LocalDate day : List.of(LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(1582, 12, 31),
                LocalDate.of(10_000, 1, 1), LocalDate.of(-5, 6, 1))) {
            InvalidDocumentException date = assertThrows(InvalidDocumentException.class,
                    () -> Metadata.builder("T").date(day).build());
            assertEquals("metadata.date", date.field());
            assertTrue(date.getMessage().contains("'" + day + "' is outside the years 1583 to 9999"), date.getMessage());
            InvalidDocumentException dateline = assertThrows(InvalidDocumentException.class,
                    () -> new Dateline("Boston", day));
            assertEquals("dateline.date", dateline.field());
            InvalidDocumentException embargo = assertThrows(InvalidDocumentException.class,
                    () -> Release.embargoedUntil(day.atTime(9, 0).atZone(NEW_YORK)));
            assertEquals("release.embargoUntil", embargo.field());
        }
        assertDoesNotThrow(() -> Metadata.builder("T").date(LocalDate.of(1583, 1, 1)).build());
        assertDoesNotThrow(() -> Metadata.builder("T").date(LocalDate.of(9999, 12, 31)).build());
        // Late on the last day in Honolulu is already year 10000 in UTC, where PDF dates are written.
        assertThrows(InvalidDocumentException.class,
                () -> Release.embargoedUntil("9999-12-31T23:00-10:00[Pacific/Honolulu]"));
    }

    @Test
    void anEmbargoThatLiftsBeforeTheDocumentsDateIsAWarning() {
        Metadata wrongYear = Metadata.builder("T").date(LocalDate.of(2026, 3, 15))
                .release(Release.embargoedUntil("2023-03-15T09:00-04:00[America/New_York]")).build();
        assertEquals(List.of("release.embargoUntil: the embargo lifts on 2023-03-15, 1096 days before the document's"
                + " date (2026-03-15); an embargo lifts on or after the date a release is issued, so one of the two"
                + " is probably mistyped"), wrongYear.warnings());
        for (String fine : List.of("2026-03-15T09:00-04:00[America/New_York]", "2026-03-17T09:00-04:00",
                "2026-03-14T23:30+14:00")) {
            Metadata ok = Metadata.builder("T").date(LocalDate.of(2026, 3, 15)).release(Release.embargoedUntil(fine))
                    .build();
            assertEquals(List.of(), ok.warnings(), fine);
        }
        assertEquals(List.of(), Metadata.builder("T").release(Release.embargoedUntil(
                ZonedDateTime.of(2001, 1, 1, 9, 0, 0, 0, NEW_YORK))).build().warnings(), "no date, nothing to compare");
    }
}
