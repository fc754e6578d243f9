package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.briefkit.markdown.MarkdownException;
import org.junit.jupiter.api.Test;

/**
 * The big-stack thread waits for the read as long as it takes unless the read has a deadline.
 * Each read here blocks on a latch, so its outcome does not depend on how fast the machine is.
 */
class BigStackRunnerTest {
    @Test
    void withoutADeadlineTheWaiterWaitsForTheReadToEnd() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread opener = new Thread(() -> {
            try {
                started.await();
                release.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        opener.start();
        String result = BigStackRunner.run("slow.md", new Progress(Optional.empty()), () -> {
            started.countDown();
            release.await();
            return "done";
        });
        assertEquals("done", result);
        opener.join();
    }

    @Test
    void pastItsDeadlineABlockedReadIsGivenUpOnAndCancelled() {
        CountDownLatch release = new CountDownLatch(1);
        Progress progress = new Progress(Optional.of(Duration.ofMillis(20)));
        try {
            MarkdownException e = assertThrows(MarkdownException.class, () -> BigStackRunner.run("stuck.md", progress,
                    () -> {
                        release.await();
                        progress.check();
                        return "finished";
                    }));
            assertTrue(e.problem().startsWith("reading did not finish within 20 ms (MarkdownLimits.deadline)"),
                    e::getMessage);
            assertEquals("stuck.md:1:1", e.file() + ":" + e.line() + ":" + e.column());
        } finally {
            release.countDown();
        }
        assertThrows(Progress.Cancelled.class, progress::check, "the reading thread is told to stop");
    }
}
