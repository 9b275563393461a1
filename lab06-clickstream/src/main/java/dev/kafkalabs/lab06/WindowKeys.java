package dev.kafkalabs.lab06;

import java.time.Instant;

/** The readable key of a windowed count: {@code domain@window-start}, e.g. {@code google.com@2016-01-01T08:00:00Z}. */
public final class WindowKeys {

    private WindowKeys() {
    }

    public static String of(String domain, long windowStartMillis) {
        return domain + "@" + Instant.ofEpochMilli(windowStartMillis);
    }

    public static String domain(String key) {
        return key.substring(0, key.lastIndexOf('@'));
    }

    public static Instant windowStart(String key) {
        return Instant.parse(key.substring(key.lastIndexOf('@') + 1));
    }
}
