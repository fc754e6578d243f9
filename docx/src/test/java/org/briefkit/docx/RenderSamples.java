package org.briefkit.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Theme;

/** Writes the samples to a folder, to look at them in Word or LibreOffice: {@code RenderSamples /tmp/out}. */
public final class RenderSamples {
    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        DocxRenderer r = DocxRenderer.create();
        r.render(Samples.pressRelease(), Theme.letter(), dir.resolve("press-release.docx"));
        r.render(Samples.brief(), Theme.letter(), dir.resolve("brief.docx"));
        r.render(Samples.report(6, 4, 4, 60), Theme.letter().toBuilder().headingNumbering(HeadingNumbering.ALL).build(),
                dir.resolve("report.docx"));
    }
}
