package org.briefkit.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** The schema check must catch what it is there to catch, or the validation tests prove nothing. */
class SchemaCheckTest {
    @Test
    void findsATableWithoutAGrid() throws Exception {
        DocxFile good = DocxFile.render(Samples.brief(), Theme.letter());
        assertTrue(SchemaCheck.errors(good).isEmpty());
        String document = good.text("word/document.xml");
        String broken = document.replaceFirst("<w:tblGrid>.*?</w:tblGrid>", "");
        assertFalse(broken.equals(document), "the sample has a table grid to remove");
        assertFalse(SchemaCheck.errors(DocxFile.of(replace(good, "word/document.xml", broken))).isEmpty());
    }

    @Test
    void findsPropertiesOutOfOrder() throws Exception {
        DocxFile good = DocxFile.render(Samples.brief(), Theme.letter());
        String styles = good.text("word/styles.xml");
        String broken = styles.replaceFirst("(<w:keepNext/>)(<w:keepLines/>)", "$2$1");
        assertFalse(broken.equals(styles));
        assertFalse(SchemaCheck.errors(DocxFile.of(replace(good, "word/styles.xml", broken))).isEmpty());
    }

    private static byte[] replace(DocxFile file, String part, String xml) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : file.names()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.equals(part) ? xml.getBytes(StandardCharsets.UTF_8) : file.entry(name));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
