package org.briefkit.docx.internal.packaging;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefkit.model.Author;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.render.FormatControls;

/**
 * The package's properties from the metadata: title, subject (the subtitle), creator (the
 * authors), keywords, category (the kind), language, and created and modified both at the
 * publication date, midnight UTC. Without a date both are left out, never set to the time of the
 * render, so two renders of one document are the same bytes. The organization is the extended
 * properties' company. Custom properties carry what a kind of document may not print, so
 * nothing in the metadata is lost: the copyright and license lines, the authors with their roles,
 * and the authors' bios (a press release prints none of these). Zero-width and bidi controls
 * are left out of the core and extended properties ({@link FormatControls}): a viewer shows them
 * in lists and title bars.
 */
public final class Properties {
    private Properties() {
    }

    /** @param doc the document; @param meta its metadata */
    public static void apply(XWPFDocument doc, Metadata meta) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(FormatControls.strip(meta.title()));
        core.setSubjectProperty(meta.subtitle().isEmpty() ? null : FormatControls.strip(meta.subtitle()));
        String creator = meta.authors().stream().map(Author::name).collect(Collectors.joining("; "));
        if (creator.isEmpty()) {
            creator = meta.organization().map(Organization::name).orElse("");
        }
        core.setCreator(creator.isEmpty() ? null : FormatControls.strip(creator));
        core.setKeywords(meta.keywords().isEmpty() ? null : FormatControls.strip(String.join(", ", meta.keywords())));
        core.setCategory(meta.kind().label());
        core.getUnderlyingProperties().setLanguageProperty(meta.language().toLanguageTag());
        Optional<Date> date = meta.date().map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreated(date);
        core.setModified(date);

        var app = props.getExtendedProperties().getUnderlyingProperties();
        app.setApplication("Briefkit");
        meta.organization().ifPresent(org -> app.setCompany(FormatControls.strip(org.name())));

        var custom = props.getCustomProperties();
        if (!meta.copyright().isEmpty()) {
            custom.addProperty("Copyright", meta.copyright());
        }
        if (!meta.license().isEmpty()) {
            custom.addProperty("License", meta.license());
        }
        if (!meta.authors().isEmpty()) {
            custom.addProperty("Authors", meta.authors().stream()
                    .map(a -> a.role().isEmpty() ? a.name() : a.name() + " (" + a.role() + ")")
                    .collect(Collectors.joining("; ")));
            String bios = meta.authors().stream().map(Author::bio).filter(b -> !b.isEmpty())
                    .collect(Collectors.joining("\n\n"));
            if (!bios.isEmpty()) {
                custom.addProperty("Author bios", bios);
            }
        }
    }
}
