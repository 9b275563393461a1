package dev.kafkalabs.support.clicks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** One record value of every kind of malformed input the counters must survive, by description. */
public final class MalformedSamples {

    private static final String VALID = "{\"timestamp\":1451635200055,\"session\":\"session_57\",\"domain\":\"twitter.com\","
            + "\"cost\":24,\"user\":\"user_31\",\"campaign\":\"campaign_1\",\"ip\":\"ip_64\",\"action\":\"blocked\"}";

    private MalformedSamples() {
    }

    /** A correct event, as in the deck. */
    public static byte[] validEvent() {
        return utf8(VALID);
    }

    /** Samples that are single lines of text, so that they can also sit in a replay file. */
    public static Map<String, byte[]> textLines() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("plain text", utf8("this is not JSON at all"));
        samples.put("truncated JSON", utf8(VALID.substring(0, 40)));
        samples.put("JSON array", utf8("[1,2,3]"));
        samples.put("JSON with trailing garbage", utf8(VALID + " trailing"));
        samples.put("missing domain", utf8(VALID.replace("\"domain\":\"twitter.com\",", "")));
        samples.put("missing action", utf8(VALID.replace(",\"action\":\"blocked\"", "")));
        samples.put("null domain", utf8(VALID.replace("\"twitter.com\"", "null")));
        samples.put("cost is text", utf8(VALID.replace("\"cost\":24", "\"cost\":\"twenty-four\"")));
        samples.put("timestamp is text", utf8(VALID.replace("1451635200055", "\"yesterday\"")));
        samples.put("domain is a number", utf8(VALID.replace("\"twitter.com\"", "42")));
        samples.put("cost is a fraction", utf8(VALID.replace("\"cost\":24", "\"cost\":24.5")));
        samples.put("binary junk without line ends", binaryJunk(7, false));
        return samples;
    }

    /** Every malformed kind, including values that cannot be a line of a text file. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> samples = new LinkedHashMap<>(textLines());
        samples.put("binary junk", binaryJunk(11, true));
        samples.put("empty value", new byte[0]);
        return Collections.unmodifiableMap(samples);
    }

    /** {@code events} with each of {@code malformed} inserted at a different place, spread evenly. */
    public static List<byte[]> mixedInto(List<byte[]> events, List<byte[]> malformed) {
        List<byte[]> mixed = new ArrayList<>(events);
        for (int i = 0; i < malformed.size(); i++) {
            mixed.add((int) ((long) (i + 1) * mixed.size() / (malformed.size() + 1)), malformed.get(i));
        }
        return mixed;
    }

    private static byte[] binaryJunk(long seed, boolean lineEndsAllowed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] junk = new byte[64];
        for (int i = 0; i < junk.length; i++) {
            byte b;
            do {
                b = (byte) random.nextInt(256);
            } while (!lineEndsAllowed && (b == '\n' || b == '\r'));
            junk[i] = b;
        }
        junk[0] = (byte) 0xFF;
        return junk;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
