package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A debugger as small as the {@code --debug} tests need: finds the printed port, attaches, leaves. */
final class Debugger {

    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
    private static final String COMPOSITE_EVENT = "command 64/100";
    private static final int DISPOSE_ID = 1;
    private static final String DISPOSE_REPLY = "reply " + DISPOSE_ID + " error 0";
    private static final Pattern PORT = Pattern.compile("Waiting for a debugger on 127\\.0\\.0\\.1:(\\d+)");

    private Debugger() {
    }

    /** The port of DebugAgent's line, once it is printed. */
    static int printedPort(Supplier<String> printed) {
        AtomicReference<Integer> port = new AtomicReference<>();
        await("the line with the debugger's port").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Matcher matcher = PORT.matcher(printed.get());
                    assertThat(matcher.find()).as("printed so far:%n%s", printed.get()).isTrue();
                    port.set(Integer.parseInt(matcher.group(1)));
                });
        return port.get();
    }

    /**
     * Does what a debugger does when it attaches and then detaches without a breakpoint: connects to the
     * JDWP agent on {@code port}, checks its handshake, waits for the agent's first event (the VM has
     * started, suspended), and sends {@code VirtualMachine.Dispose}, which resumes the JVM. A client that
     * closed the socket right after the handshake instead would be no debugger at all, and would meet a
     * race in the agent: on a loaded machine, a JVM left that way stayed suspended about once in 25 tries
     * (a JVM given Dispose, 0 in 40).
     */
    static void attachAndLeave(int port) throws Exception {
        // A socket whose connect failed is closed: each try needs a new one.
        AtomicReference<Socket> connected = new AtomicReference<>();
        await("the JVM's debug agent listens on " + port).atMost(Duration.ofSeconds(30))
                .ignoreExceptions().until(() -> {
                    Socket attempt = new Socket();
                    try {
                        attempt.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    } catch (java.io.IOException notYet) {
                        attempt.close();
                        throw notYet;
                    }
                    connected.set(attempt);
                    return true;
                });
        try (Socket debugger = connected.get()) {
            debugger.setSoTimeout(60_000);
            DataInputStream in = new DataInputStream(debugger.getInputStream());
            DataOutputStream out = new DataOutputStream(debugger.getOutputStream());
            out.write(HANDSHAKE);
            byte[] answer = new byte[HANDSHAKE.length];
            in.readFully(answer);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("the agent's answer to the JDWP handshake")
                    .isEqualTo("JDWP-Handshake");
            assertThat(readPacket(in)).as("the agent's first packet: the Event.Composite command (set 64, command 100)")
                    .isEqualTo(COMPOSITE_EVENT);
            // A JDWP command packet: length, id, flags, command set, command (VirtualMachine = 1, Dispose = 6).
            out.writeInt(11);
            out.writeInt(DISPOSE_ID);
            out.writeByte(0);
            out.writeByte(1);
            out.writeByte(6);
            out.flush();
            assertThat(readPacket(in)).as("the agent's reply to Dispose (id %d, no error)", DISPOSE_ID)
                    .isEqualTo(DISPOSE_REPLY);
        }
    }

    /**
     * One JDWP packet's header, read whole with its data: "command SET/CMD" for a command, "reply ID error
     * CODE" for a reply (JDWP: length 4 bytes, id 4, flags 1, then a command's set and command or a
     * reply's error code).
     */
    private static String readPacket(DataInputStream in) throws java.io.IOException {
        int length = in.readInt();
        int id = in.readInt();
        boolean reply = (in.readByte() & 0x80) != 0;
        String header = reply ? "reply " + id + " error " + in.readShort() : "command " + in.readByte() + "/" + in.readByte();
        in.readFully(new byte[length - 11]);
        return header;
    }

}
