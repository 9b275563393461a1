package dev.kafkalabs.support.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The prompt of the programs an instructor drives by typing ({@code ./labs cluster}, {@code ./labs
 * connect-cluster}): "> ", one command per line, until a command says to stop or the input ends.
 */
public final class CommandLoop {

    private CommandLoop() {
    }

    /** Hands each line of {@code in}, trimmed, to {@code execute} until it returns false or the input ends. */
    public static void run(InputStream in, PrintStream out, Predicate<String> execute) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            out.print("> ");
            out.flush();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!execute.test(line.trim())) {
                    return;
                }
                out.print("> ");
                out.flush();
            }
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read commands", e);
        }
    }
}
