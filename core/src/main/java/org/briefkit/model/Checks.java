package org.briefkit.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefkit.InvalidDocumentException;

/** Argument checks shared by the model's compact constructors; each names the field at fault. */
final class Checks {
    private Checks() {
    }

    /** A required, non-null list, copied; a null element is reported by its index. */
    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            throw new InvalidDocumentException(field, "is missing (null)");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidDocumentException(field + "[" + i + "]", "is missing (null)");
            }
        }
        return List.copyOf(values);
    }

    /** A required, non-empty list, copied. */
    static <T> List<T> nonEmpty(String field, List<T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw new InvalidDocumentException(field, "is empty");
        }
        return copy;
    }

    /** A required object. */
    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidDocumentException(field, "is missing (null)");
        }
        return value;
    }

    /**
     * A date in {@link Metadata#FIRST_YEAR} to {@link Metadata#LAST_YEAR}: a year 0 or 10000 has
     * no four-digit form in PDF and Word dates, and an earlier one is moved by days by their
     * calendars (Julian before 1583).
     */
    static java.time.LocalDate date(String field, java.time.LocalDate value) {
        present(field, value);
        if (value.getYear() < Metadata.FIRST_YEAR || value.getYear() > Metadata.LAST_YEAR) {
            throw new InvalidDocumentException(field, "'" + value + "' is outside the years " + Metadata.FIRST_YEAR
                    + " to " + Metadata.LAST_YEAR + " that PDF and Word dates can hold");
        }
        return value;
    }

    /** Optional text: null becomes "", and the text must be printable. */
    static String text(String field, String value) {
        return value == null ? "" : printable(field, value);
    }

    /** Required text: present and not blank, and printable. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDocumentException(field, "is missing or blank");
        }
        return printable(field, value);
    }

    /**
     * Text a renderer can write: line ends folded to LF; no other control character and no
     * unpaired surrogate, each reported with its code point and offset.
     */
    static String printable(String field, String value) {
        Objects.requireNonNull(value);
        String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidDocumentException(field, "unpaired surrogate U+" + hex(c) + " at offset " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidDocumentException(field, "unpaired surrogate U+" + hex(c) + " at offset " + i);
            }
            if (isForbiddenControl(c)) {
                throw new InvalidDocumentException(field, "control character U+" + hex(c) + " at offset " + i
                        + " (only tab and line feed are allowed)");
            }
        }
        return text;
    }

    /** C0 and C1 controls other than tab and line feed, and the two non-characters XML forbids. */
    static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** An absolute or relative URI, or "" for none. */
    static String uri(String field, String value) {
        String text = text(field, value).strip();
        if (!text.isEmpty()) {
            try {
                new URI(text);
            } catch (URISyntaxException e) {
                throw new InvalidDocumentException(field, "'" + text + "' is not a valid URI: " + e.getReason()
                        + " at index " + e.getIndex());
            }
        }
        return text;
    }

    /** Each element's own check, re-reported with its index. */
    static <T> List<T> each(String field, List<T> values, java.util.function.Consumer<T> check) {
        List<T> copy = list(field, values);
        for (int i = 0; i < copy.size(); i++) {
            try {
                check.accept(copy.get(i));
            } catch (InvalidDocumentException e) {
                throw e.within(field + "[" + i + "]");
            }
        }
        return copy;
    }

    /** Strings, each printable. */
    static List<String> strings(String field, List<String> values) {
        List<String> copy = list(field, values);
        List<String> checked = new ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            checked.add(printable(field + "[" + i + "]", copy.get(i)));
        }
        return List.copyOf(checked);
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
