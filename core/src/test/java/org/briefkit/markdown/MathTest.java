package org.briefkit.markdown;

import static org.briefkit.markdown.Read.inlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.model.Inline;
import org.briefkit.model.Superscript;
import org.briefkit.model.Text;
import org.junit.jupiter.api.Test;

/** TeX between dollars, as pandoc's tex_math_dollars finds it: kept as written, never superscript. */
class MathTest {
    private static List<Inline> text(String text) {
        return List.of(new Text(text));
    }

    @Test
    void displayMathKeepsItsCarets() {
        assertEquals(text("$$\\int_0^\\infty e^{-x}$$"), inlines("$$\\int_0^\\infty e^{-x}$$"));
        assertEquals(List.of(new Text("Area: $$ \\pi r^2 $$, or x"), new Superscript(List.of(new Text("2"))),
                new Text(".")), inlines("Area: $$ \\pi r^2 $$, or x^2^."));
    }

    @Test
    void inlineMathKeepsCaretsAndTildesAndSuperscriptStillWorksOutsideIt() {
        assertEquals(text("$x^2 + y^2$ and $a~b~c$ and $$e^{i\\pi}$$"), inlines("$x^2 + y^2$ and $a~b~c$ and $$e^{i\\pi}$$"));
        List<Inline> read = inlines("$x^2$ then 2^10^.");
        assertEquals(List.of(new Text("$x^2$ then 2"), new Superscript(List.of(new Text("10"))), new Text(".")), read);
    }

    @Test
    void dollarsThatPandocDoesNotReadAsMathLeaveSuperscriptAlone() {
        // No math here (a space after the opening dollar, or before the closing one, or a digit
        // after it), so the carets make superscript as they would without the dollars.
        for (String text : List.of("$ x^2^ $", "$x ^2^ $", "$x^2^$3")) {
            assertEquals(1, inlines(text).stream().filter(i -> i instanceof Superscript).count(), text);
        }
        assertEquals(text("$20,000 and $30,000"), inlines("$20,000 and $30,000"));
        // A dollar after a backslash does not close math.
        assertEquals(text("$a\\$^b^$ and $3"), inlines("$a\\$^b^$ and $3"));
    }
}
