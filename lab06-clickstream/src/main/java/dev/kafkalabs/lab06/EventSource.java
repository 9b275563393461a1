package dev.kafkalabs.lab06;

import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Where the generator's records come from: freshly generated events, or the lines of a file replayed
 * byte for byte (malformed lines included).
 */
public interface EventSource extends AutoCloseable {

    /** {@code false} when there is nothing more to send. */
    boolean hasNext();

    /** Moves to the next record; read it with {@link #value()} and {@link #event()}. */
    void next();

    byte[] value();

    /** The event {@link #value()} encodes when this source generated it; {@code null} for replayed lines. */
    ClickEvent event();

    @Override
    default void close() {
    }

    /** {@code count} events from a {@link ClickstreamGenerator} with {@code seed}. */
    static EventSource generated(long seed, long count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(seed);
        return new EventSource() {
            private long produced;
            private ClickEvent event;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public void next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                event = generator.next();
                produced++;
            }

            @Override
            public byte[] value() {
                return ClickEvents.toJson(event);
            }

            @Override
            public ClickEvent event() {
                return event;
            }
        };
    }

    /**
     * Every line of {@code file} as one value, unchanged (without its line end). A final line
     * end does not make an extra empty record.
     */
    static EventSource lines(Path file) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new UsageException("--from-file: no such file " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
        return new EventSource() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            private byte[] current;
            private byte[] upcoming = readLine();

            @Override
            public boolean hasNext() {
                return upcoming != null;
            }

            @Override
            public void next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                current = upcoming;
                upcoming = readLine();
            }

            @Override
            public byte[] value() {
                return current;
            }

            @Override
            public ClickEvent event() {
                return null;
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private byte[] readLine() {
                try {
                    line.reset();
                    int b = in.read();
                    if (b < 0) {
                        return null;
                    }
                    while (b >= 0 && b != '\n') {
                        line.write(b);
                        b = in.read();
                    }
                    byte[] bytes = line.toByteArray();
                    boolean windowsLineEnd = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
                    return windowsLineEnd ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
                }
            }
        };
    }
}
