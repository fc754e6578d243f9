package org.briefkit.model;

import java.time.LocalDate;

/**
 * Where and when a press release was issued, run into its first paragraph
 * ("WASHINGTON —" or "Washington, March 15, 2023—", as the theme says).
 *
 * @param place the city (and state or country where needed); required
 * @param date  the date of issue
 */
public record Dateline(String place, LocalDate date) {
    /** Checks both parts. */
    public Dateline {
        place = Checks.required("dateline.place", place);
        date = Checks.date("dateline.date", date);
    }
}
