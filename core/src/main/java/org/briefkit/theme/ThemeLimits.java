package org.briefkit.theme;

/**
 * Bounds on a theme file, so a theme from an untrusted source cannot exhaust memory or time:
 * the file is refused from its size before it is read, and a list of fonts from its length
 * before any font is looked at. Font files themselves are bounded where they are read
 * ({@link FontFile}).
 *
 * @param maxFileBytes the largest theme file accepted, in bytes; default 1 MiB (a real theme is
 *                     a few hundred bytes)
 * @param maxFallbacks the most fallback fonts ({@code fonts.fallbacks}) accepted; default 32, as
 *                     each is searched for every character the others lack
 */
public record ThemeLimits(int maxFileBytes, int maxFallbacks) {
    /** 1 MiB and 32 fallback fonts. */
    public static final ThemeLimits DEFAULT = new ThemeLimits(1 << 20, 32);

    /** Checks that both limits are positive and the size one Java can hold in an array. */
    public ThemeLimits {
        if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new ThemeException("limits.maxFileBytes", maxFileBytes + " is outside 1.." + (Integer.MAX_VALUE - 8));
        }
        if (maxFallbacks < 0) {
            throw new ThemeException("limits.maxFallbacks", maxFallbacks + " is negative");
        }
    }

    /** @param bytes the largest theme file; @return these limits with that one changed */
    public ThemeLimits withMaxFileBytes(int bytes) {
        return new ThemeLimits(bytes, maxFallbacks);
    }

    /** @param count the most fallback fonts; @return these limits with that one changed */
    public ThemeLimits withMaxFallbacks(int count) {
        return new ThemeLimits(maxFileBytes, count);
    }
}
