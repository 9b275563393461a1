package dev.kafkalabs.lab05;

import java.io.PrintStream;

/**
 * Draws an {@link OffsetSnapshot} on a line of offsets, like the deck's slide:
 * {@code C} last committed, {@code P} position, {@code S} last stable offset, {@code H} high watermark.
 */
public final class OffsetRuler {

    private static final int CELL = 5;

    private OffsetRuler() {
    }

    public static void print(OffsetSnapshot snapshot, PrintStream out) {
        StringBuilder offsets = new StringBuilder("  offset ");
        StringBuilder marks = new StringBuilder("  marks  ");
        for (long offset = 0; offset <= snapshot.highWatermark(); offset++) {
            offsets.append(String.format("%" + CELL + "d", offset));
            marks.append(String.format("%" + CELL + "s", marksAt(snapshot, offset)));
        }
        out.println(offsets);
        out.println(marks.toString().stripTrailing());
        out.println("  (C last committed, P position, S last stable offset, H high watermark = end offset)");
    }

    private static String marksAt(OffsetSnapshot snapshot, long offset) {
        StringBuilder marks = new StringBuilder();
        if (snapshot.lastCommitted() == offset) {
            marks.append('C');
        }
        if (snapshot.position() == offset) {
            marks.append('P');
        }
        if (snapshot.lastStableOffset() == offset) {
            marks.append('S');
        }
        if (snapshot.highWatermark() == offset) {
            marks.append('H');
        }
        return marks.toString();
    }
}
