package org.briefkit.docx.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class PropertiesTest {
    @Test
    void corePropertiesAreTheMetadata() throws Exception {
        Document brief = Samples.brief();
        Metadata meta = brief.metadata();
        try (XWPFDocument doc = DocxFile.render(brief, Theme.letter()).poi()) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertEquals(meta.title(), core.getTitle());
            assertEquals(meta.subtitle(), core.getSubject());
            assertEquals("Elena Marsh; 김민지", core.getCreator());
            assertEquals("adaptation, finance, Korea", core.getKeywords());
            assertEquals("brief", core.getCategory());
            assertEquals(Instant.parse("2026-04-02T00:00:00Z"), core.getCreated().toInstant());
            assertEquals(Instant.parse("2026-04-02T00:00:00Z"), core.getModified().toInstant());
            assertEquals("en-US", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
            var app = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertEquals("Harbor Policy Institute", app.getCompany());
            assertEquals("Briefkit", app.getApplication());
            var custom = doc.getProperties().getCustomProperties();
            assertEquals(meta.copyright(), custom.getProperty("Copyright").getLpwstr());
            assertEquals(meta.license(), custom.getProperty("License").getLpwstr());
            assertEquals("Elena Marsh (Senior Fellow, Energy and Climate Program); 김민지 (Visiting Fellow)",
                    custom.getProperty("Authors").getLpwstr());
        }
    }

    @Test
    void withoutADateTheFileCarriesNone() throws Exception {
        Document undated = Document.builder(Metadata.builder("Undated").build()).paragraph("Text.").build();
        try (XWPFDocument doc = DocxFile.render(undated, Theme.letter()).poi()) {
            assertNull(doc.getProperties().getCoreProperties().getCreated());
            assertNull(doc.getProperties().getCoreProperties().getModified());
        }
    }
}
