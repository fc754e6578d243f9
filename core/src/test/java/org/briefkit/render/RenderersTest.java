package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefkit.BriefkitException;
import org.junit.jupiter.api.Test;

class RenderersTest {
    @Test
    void anUnknownFormatFailsLoudlyNamingTheKnownOnes() {
        BriefkitException e = assertThrows(BriefkitException.class, () -> Renderers.forFormat("odt"));
        assertTrue(e.getMessage().startsWith("no renderer for format 'odt'; known formats: "), e.getMessage());
    }
}
