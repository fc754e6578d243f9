package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberStyleTest {
    @Test
    void formatsEachStyle() {
        assertEquals("12", NumberStyle.DECIMAL.format(12));
        assertEquals("c", NumberStyle.LOWER_ALPHA.format(3));
        assertEquals("AA", NumberStyle.UPPER_ALPHA.format(27));
        assertEquals("xiv", NumberStyle.LOWER_ROMAN.format(14));
        assertEquals("MCMXCIX", NumberStyle.UPPER_ROMAN.format(1999));
    }
}
