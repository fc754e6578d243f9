package org.briefkit.docx.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlTemplateTest {
    @Test
    void valuesAreEscapedForAttributes() {
        assertEquals("A &amp; B &lt;&gt; &quot;q&quot; &apos;s&apos;", XmlTemplate.escape("A & B <> \"q\" 's'"));
    }

    @Test
    void aMissingValueIsABugAndSaysWhich() {
        XmlTemplate settings = XmlTemplate.load("settings.xml");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings.fill(Map.of()));
        assertTrue(e.getMessage().contains("${"), e.getMessage());
    }

    @Test
    void everySkeletonPartLoads() {
        for (String name : new String[] {"styles.xml", "numbering.xml", "settings.xml", "footnotes.xml", "endnotes.xml"}) {
            assertTrue(XmlTemplate.load(name).text().contains("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
        }
        assertThrows(IllegalStateException.class, () -> XmlTemplate.load("nothing.xml"));
    }
}
