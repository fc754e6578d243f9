package org.briefkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.briefkit.model.Dateline;
import org.briefkit.model.Release;
import org.briefkit.theme.DatelineStyle;
import org.junit.jupiter.api.Test;

class WordingTest {
    @Test
    void immediateRelease() {
        assertEquals("FOR IMMEDIATE RELEASE", Wording.releaseLine(Release.immediate()));
    }

    @Test
    void embargoNamesTimeZoneAndDateInCapitals() {
        assertEquals("EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026",
                Wording.releaseLine(Release.embargoedUntil("2026-03-15T09:00-04:00[America/New_York]")));
        assertEquals("EMBARGOED UNTIL 12:30 P.M. KST, NOVEMBER 2, 2026",
                Wording.releaseLine(Release.embargoedUntil("2026-11-02T12:30+09:00[Asia/Seoul]")));
        assertEquals("EMBARGOED UNTIL 12:00 A.M. UTC+01:00, JANUARY 5, 2027",
                Wording.releaseLine(Release.embargoedUntil("2027-01-05T00:00+01:00")));
    }

    @Test
    void datelineInBothStyles() {
        Dateline dateline = new Dateline("Washington", LocalDate.of(2023, 3, 15));
        assertEquals("Washington, March 15, 2023\u2014", Wording.dateline(dateline, DatelineStyle.DATED));
        assertEquals("WASHINGTON \u2014 ", Wording.dateline(dateline, DatelineStyle.AP));
    }
}
