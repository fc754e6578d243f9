package org.briefkit.docx.internal.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefkit.docx.Samples;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.junit.jupiter.api.Test;

class DocumentLanguageTest {
    private static Document doc(String lang, String text) {
        return Document.builder(Metadata.builder("Title").language(lang).build()).paragraph(text).build();
    }

    @Test
    void eastAsianTextGetsItsLanguage() {
        assertEquals(new DocumentLanguage("en-US", "ko-KR"), DocumentLanguage.of(Samples.brief()));
        assertEquals(new DocumentLanguage("en-US", "ja-JP"), DocumentLanguage.of(doc("en-US", "東京とさくら")));
        assertEquals(new DocumentLanguage("en-GB", "zh-CN"), DocumentLanguage.of(doc("en-GB", "北京")));
        assertEquals(new DocumentLanguage("en-US", "en-US"), DocumentLanguage.of(doc("en-US", "Plain")));
    }

    @Test
    void anEastAsianDocumentIsItsOwnEastAsianLanguage() {
        assertEquals(new DocumentLanguage("ko-KR", "ko-KR"), DocumentLanguage.of(doc("ko-KR", "안녕하세요")));
        assertEquals(new DocumentLanguage("ja-JP", "ja-JP"), DocumentLanguage.of(doc("ja-JP", "こんにちは")));
    }
}
