package org.briefkit.pdf.internal.layout.kinds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.model.Document;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.Samples;
import org.briefkit.pdf.internal.layout.Box;
import org.briefkit.pdf.internal.layout.Fill;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.theme.Rgb;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * The default look survives a grayscale photocopier: every piece of text is dark enough to read
 * on white (WCAG's 4.5:1), and every fill behind text is light, so text on a card or a table
 * header stays dark on light once the colour is gone.
 */
class GrayscaleTest {

    @Test
    void everyTextIsDarkAndEveryFillIsLightInEveryKind() {
        Theme theme = Fixtures.fullThemeBuilder().build();
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2))) {
            for (Page page : Fixtures.layout(doc, theme).pages()) {
                for (Box box : page.boxes()) {
                    if (box instanceof GlyphRun r) {
                        assertTrue(contrast(r.colour()) >= 4.5, "'" + r.text() + "' on page " + page.number()
                                + " has a contrast of " + contrast(r.colour()));
                    } else if (box instanceof Fill f && f.height() > 8) {
                        assertTrue(luminance(f.colour()) > 0.75, "a fill behind text is light: " + f.colour());
                    }
                }
            }
        }
    }

    private static double contrast(Rgb c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    private static double luminance(Rgb c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
