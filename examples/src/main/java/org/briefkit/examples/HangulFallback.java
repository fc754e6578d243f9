package org.briefkit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Theme;

/**
 * A Hangul font of last resort, so the samples' Korean text prints on any machine.
 *
 * <p>The default theme asks for the Hangul fonts of Windows, macOS and Linux (Malgun Gothic,
 * Apple SD Gothic Neo, Noto Sans CJK KR, Noto Sans KR, NanumGothic). A fresh machine or a CI
 * runner often has none of them, and the PDF would then draw boxes and warn. This class adds
 * <em>Briefkit Hangul</em>, a 730 KB subset of NanumGothic (SIL Open Font License; the 2,350
 * Hangul syllables of KS X 1001, Basic Latin and punctuation), after the theme's fallbacks: an
 * installed Hangul font still wins where there is one.
 *
 * <p>The font ships in the examples module (and so in {@code briefkit.jar}), not in the library
 * jars. A Word document never names it: the DOCX takes its East Asian font from the first
 * fallback, and this one is added last.
 *
 * <pre>{@code
 * Theme theme = HangulFallback.addTo(Theme.letter());
 * }</pre>
 */
public final class HangulFallback {
    /** The family's name; its own, since it is neither NanumGothic nor any installed font. */
    public static final String NAME = "Briefkit Hangul";

    /** Where the font file is on the classpath; its licence is {@code BriefkitHangul-LICENSE.txt} beside it. */
    public static final String RESOURCE = "org/briefkit/examples/fonts/BriefkitHangul-Regular.ttf";

    /** The family: one regular face, which bold and italic text falls back to. */
    public static final FontFamily FAMILY = new FontFamily(NAME, Map.of(FontStyle.REGULAR, FontFile.classpath(RESOURCE)));

    private HangulFallback() {
    }

    /**
     * @param theme any theme
     * @return the theme with Briefkit Hangul as its last fallback family (the same theme when it
     *         has it already)
     */
    public static Theme addTo(Theme theme) {
        List<FontFamily> fallbacks = new ArrayList<>(theme.fonts().fallbacks());
        if (fallbacks.stream().anyMatch(f -> f.name().equals(NAME))) {
            return theme;
        }
        fallbacks.add(FAMILY);
        return theme.toBuilder().fonts(theme.fonts().withFallbacks(fallbacks)).build();
    }
}
