package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void suggestsTheClosestNameWhenItIsClose() {
        List<String> keys = List.of("title", "subtitle", "authors", "keywords");
        assertEquals("; did you mean 'title'?", Suggest.didYouMean("titel", keys));
        assertEquals("; did you mean 'keywords'?", Suggest.didYouMean("Keyword", keys));
        assertEquals("; did you mean 'authors'?", Suggest.didYouMean("author", keys));
        assertEquals("", Suggest.didYouMean("publisher", keys));
    }

    @Test
    void transpositionCountsAsOneEdit() {
        assertEquals(1, Suggest.distance("tilte", "title"));
    }
}
