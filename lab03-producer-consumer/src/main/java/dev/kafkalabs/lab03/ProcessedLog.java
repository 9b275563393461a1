package dev.kafkalabs.lab03;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The "side effect" of the crash exercises' consumers: one line per processed record, appended to a file.
 *
 * <p>Each {@link #append} is one {@code write} system call without a user-space buffer: once it returns,
 * the line is in the operating system's hands and survives a {@code kill -9} of this process (not a power
 * cut, which would need {@code fsync}; that is not what these exercises are about). So after a crash the
 * file says exactly what the dead consumer had processed, the way a database table would.
 */
public final class ProcessedLog implements AutoCloseable {

    /** One processed record: its event number and where it was read from. */
    public record Entry(long number, int partition, long offset) {
    }

    private final FileChannel channel;

    private ProcessedLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens {@code file} for appending, creating it when needed. */
    public static ProcessedLog open(Path file) {
        try {
            return new ProcessedLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the processed-records file " + file, e);
        }
    }

    /** Records that {@code record} (whose value starts with its event number) has been processed. */
    public synchronized void append(ConsumerRecord<?, String> record) {
        String line = NumberedEvents.numberOf(record.value()) + " " + record.partition() + " " + record.offset() + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the processed-records file", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every complete line of {@code file}, in the order written; empty when the file does not exist. */
    public static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.split(" ").length == 3)
                    .map(line -> line.split(" "))
                    .map(fields -> new Entry(Long.parseLong(fields[0]), Integer.parseInt(fields[1]),
                            Long.parseLong(fields[2])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the processed-records file " + file, e);
        }
    }
}
