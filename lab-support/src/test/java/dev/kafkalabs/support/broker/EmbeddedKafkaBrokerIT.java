package dev.kafkalabs.support.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedded broker on its own (the other tests get it through the extension). */
class EmbeddedKafkaBrokerIT {

    @Test
    void listensOnLoopbackOnlyAndCleansUpOnClose() throws Exception {
        int port;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            port = Integer.parseInt(broker.bootstrapServers().substring("127.0.0.1:".length()));
            assertThat(BrokerProbe.answers(broker.bootstrapServers(), Duration.ofSeconds(5)))
                    .as("the broker answers on its loopback address").isTrue();

            Optional<InetAddress> external = nonLoopbackAddress();
            if (external.isPresent()) {
                assertThat(connects(external.get(), port))
                        .as("the broker must not be reachable on %s:%d (bind to 127.0.0.1 only)",
                                external.get().getHostAddress(), port)
                        .isFalse();
            }
        }
        assertThat(connects(InetAddress.getLoopbackAddress(), port))
                .as("nothing listens on port %d after close()", port).isFalse();
    }

    @Test
    void refusesATakenPortClearly() {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start()) {
            int port = Integer.parseInt(first.bootstrapServers().substring("127.0.0.1:".length()));
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(port))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
                .filter(address -> !address.isLoopbackAddress() && address.getAddress().length == 4)
                .findFirst();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
