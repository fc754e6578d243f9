package org.briefkit.render;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.briefkit.BriefkitException;

/**
 * Finds renderers by format name among those on the classpath (each renderer module registers
 * its own through {@link ServiceLoader}). An unknown name fails loudly, listing the known ones.
 */
public final class Renderers {
    private Renderers() {
    }

    /**
     * @param format a format name such as {@code pdf} or {@code docx}, in any case
     * @return the renderer for it
     * @throws BriefkitException when no renderer on the classpath writes that format
     */
    public static Renderer forFormat(String format) {
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        TreeMap<String, Renderer> known = all();
        Renderer renderer = known.get(wanted);
        if (renderer == null) {
            throw new BriefkitException("no renderer for format '" + format + "'; known formats: "
                    + (known.isEmpty() ? "none (add briefkit-pdf or briefkit-docx to the classpath)"
                            : String.join(", ", known.keySet())));
        }
        return renderer;
    }

    /** @return the names of the formats on the classpath, sorted */
    public static List<String> formats() {
        return List.copyOf(all().keySet());
    }

    private static TreeMap<String, Renderer> all() {
        TreeMap<String, Renderer> byName = new TreeMap<>();
        for (Renderer r : ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader())) {
            byName.putIfAbsent(r.format().toLowerCase(Locale.ROOT), r);
        }
        return byName;
    }
}
