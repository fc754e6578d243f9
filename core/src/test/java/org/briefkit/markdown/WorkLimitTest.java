package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The read's limits count work, not time: the same input gets the same answer however busy the
 * machine is. The wall-clock deadline is optional and off by default. No assertion here depends on
 * how long anything takes.
 */
class WorkLimitTest {
    /** About 200 KB of ordinary Markdown: headings, lists, emphasis, links, code, a table, notes. */
    private static final String ORDINARY = ordinary();

    private static String ordinary() {
        StringBuilder text = new StringBuilder("# A long brief\n\n");
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("## Section ").append(i).append("\n\n")
                    .append("Tides *rise* and **fall**; the [harbor](https://example.org/").append(i)
                    .append(") keeps `records`, \"quoted\" -- and dashed.[^n").append(i).append("]\n\n")
                    .append("- one\n- two with _emphasis_\n  1. nested\n\n")
                    .append("| a | b |\n|---|---|\n| ").append(i).append(" | x |\n\n")
                    .append("> A quote ^sup^ ~sub~ ~~struck~~.\n\n")
                    .append("[^n").append(i).append("]: The note.\n\n");
        }
        return text.toString();
    }

    private static MarkdownReader reader(MarkdownLimits limits) {
        return MarkdownReader.builder().limits(limits).build();
    }

    @Test
    void aReadUnderATinyWorkBudgetFailsAtTheSamePlaceEveryTime() {
        MarkdownReader stingy = reader(MarkdownLimits.DEFAULT.withWorkPerCharacter(1));
        Set<String> ends = new HashSet<>();
        for (int run = 0; run < 3; run++) {
            MarkdownException e = assertThrows(MarkdownException.class, () -> stingy.read(ORDINARY, null, "big.md"));
            assertTrue(e.problem().startsWith("reading needs more work than the limit allows"), e::getMessage);
            assertTrue(e.problem().contains("MarkdownLimits.withWorkPerCharacter"), e::getMessage);
            ends.add(e.getMessage());
        }
        assertEquals(1, ends.size(), () -> "different ends: " + ends);
        MarkdownException e = assertThrows(MarkdownException.class, () -> stingy.read(ORDINARY, null, "big.md"));
        assertTrue(e.line() > 1 && e.line() < ORDINARY.lines().count(), e::getMessage);
    }

    @Test
    void theDefaultBudgetLeavesOrdinaryMarkdownAMarginOfFive() {
        // Ordinary Markdown needs under 10 units per character; the default allows 50.
        Document doc = reader(MarkdownLimits.DEFAULT.withWorkPerCharacter(MarkdownLimits.DEFAULT_WORK_PER_CHARACTER / 5))
                .read(ORDINARY, null, "big.md");
        assertEquals(MarkdownReader.standard().read(ORDINARY, null, "big.md"), doc);
    }

    @Test
    void aDocumentReadsWhileTheMachineIsBusy() throws InterruptedException {
        Document idle = MarkdownReader.standard().read(ORDINARY, null, "big.md");
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread spinner = new Thread(() -> {
                while (!stop.get()) {
                    // Busy: a volatile read per turn keeps the loop, and a core, going.
                }
            }, "spinner-" + i);
            spinner.setDaemon(true);
            spinner.start();
            spinners.add(spinner);
        }
        try {
            for (int run = 0; run < 2; run++) {
                assertEquals(idle, MarkdownReader.standard().read(ORDINARY, null, "big.md"));
            }
        } finally {
            stop.set(true);
            for (Thread spinner : spinners) {
                spinner.join();
            }
        }
    }

    @Test
    void aDeadlineThatHasPassedStopsTheReadAndSaysWhere() {
        // One nanosecond has passed before the reading thread has decoded anything, on any machine.
        MarkdownReader hasty = reader(MarkdownLimits.DEFAULT.withDeadline(Duration.ofNanos(1)));
        MarkdownException e = assertThrows(MarkdownException.class, () -> hasty.read(ORDINARY, null, "slow.md"));
        assertTrue(e.problem().startsWith("reading did not finish within 1 ns (MarkdownLimits.deadline)"),
                e::getMessage);
        assertTrue(e.problem().contains("MarkdownLimits.withDeadline"), e::getMessage);
        assertEquals("slow.md", e.file());
        assertTrue(e.line() >= 1, e::getMessage);
    }

    @Test
    void aDeadlineFarAwayLetsTheReadFinish() {
        MarkdownReader patient = reader(MarkdownLimits.DEFAULT.withDeadline(Duration.ofDays(3650)));
        assertEquals(MarkdownReader.standard().read(ORDINARY, null, "big.md"), patient.read(ORDINARY, null, "big.md"));
    }
}
