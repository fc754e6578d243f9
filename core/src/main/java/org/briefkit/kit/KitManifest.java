package org.briefkit.kit;

import java.util.List;

/**
 * What a media kit holds: one entry per file, in the order written, and the strictest embargo
 * among its documents.
 *
 * @param files   the files
 * @param embargo the release line of the embargoed document whose embargo lifts last; "" when none is embargoed
 */
public record KitManifest(List<KitFile> files, String embargo) {
    /** The manifest's own file name in a kit. */
    public static final String FILE_NAME = "manifest.json";

    /** Copies the list. */
    public KitManifest {
        files = List.copyOf(files);
    }

    /** @return the manifest as pretty JSON, keys in a fixed order, ending with a newline */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"embargo\": ").append(embargo.isEmpty() ? "null" : quote(embargo)).append(",\n");
        out.append("  \"files\": [");
        for (int i = 0; i < files.size(); i++) {
            KitFile f = files.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"name\": ").append(quote(f.name()))
                    .append(", \"title\": ").append(quote(f.title()))
                    .append(", \"kind\": ").append(quote(f.kind()))
                    .append(", \"format\": ").append(quote(f.format()))
                    .append(", \"size\": ").append(f.size())
                    .append(", \"sha256\": ").append(quote(f.sha256()))
                    .append(", \"embargo\": ").append(f.embargo().isEmpty() ? "null" : quote(f.embargo()))
                    .append('}');
        }
        out.append(files.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
