package dev.kafkalabs.support.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few command-line options a lab program takes: {@code --name value} pairs and {@code --flag}s.
 *
 * <pre>{@code
 * Args args = Args.parse(argv, "SimpleProducer [--topic T] [--count N]", List.of("topic", "count"), List.of());
 * int count = args.intValue("count", 10);
 * }</pre>
 *
 * Anything else - an unknown option, a missing value, a number that is not one - is a
 * {@link UsageException} whose message names the problem and shows the usage; {@code --help} is one
 * that only shows the usage.
 */
public final class Args {

    private final String usage;
    private final Map<String, String> values;
    private final Set<String> flags;

    private Args(String usage, Map<String, String> values, Set<String> flags) {
        this.usage = usage;
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param usage       one line, e.g. {@code "SimpleProducer [--topic T] [--count N]"}
     * @param valueNames  options that take a value, without the leading {@code --}
     * @param flagNames   options that take none
     */
    public static Args parse(String[] argv, String usage, List<String> valueNames, List<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--help") || argv[i].equals("-h")) {
                throw UsageException.help(usage);
            }
            String name = argv[i].startsWith("--") ? argv[i].substring(2) : null;
            if (name != null && flagNames.contains(name)) {
                flags.add(name);
            } else if (name != null && valueNames.contains(name)) {
                if (i + 1 >= argv.length) {
                    throw new UsageException("--" + name + " needs a value.\nUsage: " + usage);
                }
                values.put(name, argv[++i]);
            } else {
                throw new UsageException("Unknown argument '" + argv[i] + "'.\nUsage: " + usage);
            }
        }
        return new Args(usage, values, flags);
    }

    public String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /**
     * The value of an option the program cannot run without.
     *
     * @throws UsageException naming the option and showing the usage when it was not given
     */
    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.\nUsage: " + usage);
        }
        return value;
    }

    /** The option's value, or {@code null} when it was not given. */
    public String valueOrNull(String name) {
        return values.get(name);
    }

    public int intValue(String name, int defaultValue) {
        return (int) number(name, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public long longValue(String name, long defaultValue) {
        return number(name, defaultValue, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A whole number of at least {@code min}. */
    public long positive(String name, long defaultValue, long min) {
        return number(name, defaultValue, min, Long.MAX_VALUE);
    }

    /** A TCP port number (1-65535). */
    public int port(String name, int defaultValue) {
        int port = intValue(name, defaultValue);
        if (port < 1 || port > 65535) {
            throw new UsageException("--" + name + " must be a TCP port (1-65535), not " + port + ".\nUsage: " + usage);
        }
        return port;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    private long number(String name, long defaultValue, long min, long max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + text + "'.\nUsage: " + usage);
        }
        if (parsed < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", not " + parsed + ".\nUsage: " + usage);
        }
        if (parsed > max) {
            throw new UsageException("--" + name + " must be at most " + max + ", not " + parsed + ".\nUsage: " + usage);
        }
        return parsed;
    }
}
