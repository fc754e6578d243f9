package org.briefkit.markdown.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefkit.InvalidDocumentException;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.model.Author;
import org.briefkit.model.Contact;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Image;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the front matter's keys into a {@link Metadata.Builder}. Keys are snake_case; an unknown
 * key, a value of the wrong shape or a value the model refuses is an error at the value's line.
 * The keys and their forms are listed in docs/MARKDOWN.md.
 */
final class FrontMatterReader {
    static final List<String> KEYS = List.of("kind", "title", "subtitle", "short_title", "authors", "author",
            "organization", "program", "date", "dateline", "release", "contacts", "contact", "keywords", "lang",
            "copyright", "license", "related", "end_mark");
    private static final List<String> AUTHOR_KEYS = List.of("name", "role", "bio");
    private static final List<String> ORGANIZATION_KEYS = List.of("name", "about", "website", "address", "logo");
    private static final List<String> DATELINE_KEYS = List.of("place", "date");
    private static final List<String> RELEASE_KEYS = List.of("embargo");
    private static final List<String> CONTACT_KEYS = List.of("name", "role", "email", "phone");
    private static final List<String> RELATED_KEYS = List.of("title", "summary", "link");
    private static final List<String> KINDS =
            Arrays.stream(DocumentKind.values()).map(DocumentKind::label).toList();

    private final YamlNodes yaml;
    private final ImageLoader images;
    private final Metadata.Builder builder = Metadata.builder(null);
    private boolean hasTitle;
    private boolean hasEndMark;
    private LocalDate date;
    private LocalDate datelineDay;
    private Node datelineNode;
    private Node embargoNode;
    private Release embargo;

    private FrontMatterReader(YamlNodes yaml, ImageLoader images) {
        this.yaml = yaml;
        this.images = images;
    }

    /**
     * What the front matter said.
     *
     * @param builder    the metadata so far; the title may still be missing
     * @param hasTitle   whether the front matter gave a title
     * @param hasEndMark whether it gave an end mark
     */
    record Result(Metadata.Builder builder, boolean hasTitle, boolean hasEndMark) {
        /** @return what a document without front matter has: nothing */
        static Result empty() {
            return new Result(Metadata.builder(null), false, false);
        }
    }

    /**
     * @param source the whole text
     * @param front  its front matter
     * @param images loads the organization's logo
     * @return the metadata the front matter gives
     * @throws MarkdownException at the first key or value that is wrong
     */
    static Result read(Source source, FrontMatter front, ImageLoader images) {
        YamlNodes yaml = new YamlNodes(source, front);
        Optional<Node> root = yaml.compose();
        FrontMatterReader reader = new FrontMatterReader(yaml, images);
        if (root.isPresent() && !YamlNodes.isNull(root.get())) {
            reader.readAll(root.get());
        }
        return new Result(reader.builder, reader.hasTitle, reader.hasEndMark);
    }

    private void readAll(Node root) {
        Map<String, Node> entries = yaml.map(root, "front matter", KEYS);
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            Node value = entry.getValue();
            if (!YamlNodes.isNull(value)) {
                read(entry.getKey(), value);
            }
        }
        if (datelineNode != null) {
            dateline(datelineNode);
        }
        warnOfAnEarlyEmbargo();
    }

    /** An embargo that lifts before the date is allowed, but said, at the embargo's line. */
    private void warnOfAnEarlyEmbargo() {
        Optional<String> warning = Metadata.embargoWarning(Optional.ofNullable(date != null ? date : datelineDay),
                Optional.ofNullable(embargo));
        warning.ifPresent(w -> System.getLogger("org.briefkit.markdown.MarkdownReader").log(System.Logger.Level.WARNING,
                yaml.error(embargoNode, "'embargo' " + w.substring(w.indexOf(": ") + 2)).getMessage()));
    }

    private void read(String key, Node value) {
        switch (key) {
            case "kind" -> builder.kind(kind(value));
            case "title" -> {
                String title = yaml.text(value, key);
                hasTitle = !title.isBlank();
                builder.title(hasTitle ? title : null);
            }
            case "subtitle" -> builder.subtitle(yaml.text(value, key));
            case "short_title" -> builder.shortTitle(yaml.text(value, key));
            case "program" -> builder.programLabel(yaml.text(value, key));
            case "copyright" -> builder.copyright(yaml.text(value, key));
            case "license" -> builder.license(yaml.text(value, key));
            case "end_mark" -> {
                builder.endMark(yaml.text(value, key));
                hasEndMark = true;
            }
            case "authors", "author" -> YamlNodes.items(value).forEach(item -> builder.author(author(item)));
            case "organization" -> builder.organization(organization(value));
            case "date" -> {
                date = date(value, key);
                builder.date(date);
            }
            case "dateline" -> datelineNode = value;
            case "release" -> builder.release(release(value));
            case "contacts", "contact" -> YamlNodes.items(value).forEach(item -> builder.contact(contact(item)));
            case "keywords" -> builder.keywords(keywords(value));
            case "lang" -> {
                String tag = yaml.text(value, key);
                builder.language(checked(value, "lang", Map.of(), () -> Metadata.parseLanguage(tag)));
            }
            case "related" -> YamlNodes.items(value).forEach(item -> builder.related(related(item)));
            default -> throw new IllegalStateException("unhandled front matter key " + key);
        }
    }

    private DocumentKind kind(Node value) {
        String label = yaml.text(value, "kind");
        try {
            return DocumentKind.fromLabel(label);
        } catch (InvalidDocumentException e) {
            String suggestion = Suggest.didYouMean(label, KINDS);
            throw yaml.error(value, "'kind' is '" + label + "'" + (suggestion.isEmpty() ? "." : suggestion)
                    + " It must be one of " + String.join(", ", KINDS) + ".");
        }
    }

    private Author author(Node item) {
        if (!(item instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
            String name = yaml.text(item, "authors");
            return checked(item, "authors", Map.of(), () -> Author.of(name));
        }
        Map<String, Node> map = yaml.map(item, "authors", AUTHOR_KEYS);
        return checked(item, "authors", map, () -> new Author(text(map, "name"), text(map, "role"), text(map, "bio")));
    }

    private Organization organization(Node value) {
        if (!(value instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
            String name = yaml.text(value, "organization");
            return checked(value, "organization", Map.of(), () -> Organization.of(name));
        }
        Map<String, Node> map = yaml.map(value, "organization", ORGANIZATION_KEYS);
        Optional<Image> logo = Optional.empty();
        Node logoNode = map.get("logo");
        if (logoNode != null && !YamlNodes.isNull(logoNode)) {
            String path = yaml.text(logoNode, "logo");
            try {
                logo = Optional.of(images.load(path));
            } catch (Problem e) {
                throw yaml.error(logoNode, "'logo': " + e.getMessage());
            }
        }
        Optional<Image> theLogo = logo;
        return checked(value, "organization", map, () -> new Organization(text(map, "name"), text(map, "about"),
                text(map, "website"), text(map, "address"), theLogo));
    }

    private LocalDate date(Node value, String what) {
        String text = yaml.text(value, what).strip();
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw yaml.error(value, "'" + what + "' is '" + text + "'; write a date as YYYY-MM-DD, such as 2026-03-15");
        }
        if (day.getYear() < Metadata.FIRST_YEAR || day.getYear() > Metadata.LAST_YEAR) {
            throw yaml.error(value, "'" + what + "' is '" + text + "'; a date's year must be " + Metadata.FIRST_YEAR
                    + " to " + Metadata.LAST_YEAR + ", which PDF and Word dates can hold");
        }
        return day;
    }

    private void dateline(Node value) {
        if (!(value instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
            String place = yaml.text(value, "dateline");
            if (date == null) {
                throw yaml.error(value, "'dateline' needs a date: add 'date: 2026-03-15' to the front matter, or"
                        + " write 'dateline: {place: " + place.strip() + ", date: 2026-03-15}'");
            }
            checked(value, "dateline", Map.of(), () -> builder.dateline(place, date));
            return;
        }
        Map<String, Node> map = yaml.map(value, "dateline", DATELINE_KEYS);
        Node dayNode = map.get("date");
        LocalDate day = dayNode == null || YamlNodes.isNull(dayNode) ? date : date(dayNode, "date");
        if (day == null) {
            throw yaml.error(value, "'dateline' needs a date: add 'date: 2026-03-15' to it or to the front matter");
        }
        checked(value, "dateline", map, () -> builder.dateline(text(map, "place"), day));
        datelineDay = day;
    }

    private Release release(Node value) {
        if (!(value instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
            String text = yaml.text(value, "release").strip();
            if (!text.toLowerCase(Locale.ROOT).equals("immediate")) {
                throw yaml.error(value, "'release' is '" + text + "'; write 'release: immediate', or"
                        + " 'release: {embargo: \"2026-03-15T09:00-04:00[America/New_York]\"}'");
            }
            return Release.immediate();
        }
        Map<String, Node> map = yaml.map(value, "release", RELEASE_KEYS);
        Node embargo = map.get("embargo");
        if (embargo == null || YamlNodes.isNull(embargo)) {
            throw yaml.error(value, "'release' as a map needs 'embargo', the moment with its time zone, such as"
                    + " \"2026-03-15T09:00-04:00[America/New_York]\"");
        }
        String moment = yaml.text(embargo, "embargo");
        try {
            this.embargo = Release.embargoedUntil(moment);
            embargoNode = embargo;
            return this.embargo;
        } catch (InvalidDocumentException e) {
            throw yaml.error(embargo, "'embargo' " + problemOf(e));
        }
    }

    private Contact contact(Node item) {
        Map<String, Node> map = yaml.map(item, "contacts", CONTACT_KEYS);
        return checked(item, "contacts", map, () -> new Contact(text(map, "name"), text(map, "role"),
                text(map, "email"), text(map, "phone")));
    }

    private String[] keywords(Node value) {
        if (value instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
            return Arrays.stream(yaml.text(value, "keywords").split(",")).map(String::strip)
                    .filter(k -> !k.isEmpty()).toArray(String[]::new);
        }
        return YamlNodes.items(value).stream().map(item -> yaml.text(item, "keywords").strip())
                .filter(k -> !k.isEmpty()).toArray(String[]::new);
    }

    private RelatedItem related(Node item) {
        Map<String, Node> map = yaml.map(item, "related", RELATED_KEYS);
        return checked(item, "related", map,
                () -> new RelatedItem(text(map, "title"), text(map, "summary"), text(map, "link")));
    }

    private String text(Map<String, Node> map, String key) {
        Node node = map.get(key);
        return node == null ? "" : yaml.text(node, key);
    }

    /**
     * Builds a model value, turning the model's refusal into an error at the key it names (the
     * last part of its field, {@code contact.email} → {@code email}), or at the value as a whole.
     */
    private <T> T checked(Node value, String what, Map<String, Node> map, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidDocumentException e) {
            String field = e.field();
            String name = field.substring(field.lastIndexOf('.') + 1);
            String key = name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            Node at = map.get(key);
            if (at == null && !map.isEmpty()) {
                throw yaml.error(value, "'" + what + "': '" + key + "' " + problemOf(e));
            }
            throw yaml.error(at == null ? value : at, "'" + (at == null ? what : key) + "' " + problemOf(e));
        }
    }

    private static String problemOf(InvalidDocumentException e) {
        return e.getMessage().substring(e.field().length() + 2);
    }
}
