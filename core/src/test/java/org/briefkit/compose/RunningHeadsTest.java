package org.briefkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.junit.jupiter.api.Test;

class RunningHeadsTest {
    @Test
    void fillsFactsAndPageNumbers() {
        Metadata meta = Metadata.builder("A Very Long Title").shortTitle("Short").programLabel("Energy")
                .organization(Organization.of("Harbor Institute")).date(LocalDate.of(2026, 5, 1)).build();
        assertEquals("Short | Energy | May 1, 2026", RunningHeads.expandFacts("{title} | {program} | {date}", meta));
        assertEquals("Harbor Institute — Page 3 of 12",
                RunningHeads.expand("{organization} — Page {page} of {pages}", meta, 3, 12));
    }

    @Test
    void aTitleThatLooksLikeAPlaceholderStaysAsWritten() {
        Metadata meta = Metadata.builder("Notes on {program}").build();
        assertEquals("Notes on {program}", RunningHeads.expandFacts("{title}", meta));
    }
}
