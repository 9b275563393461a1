package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Two independent users of the extension in one JVM get the same broker, not one each. */
class SharedBrokerIT {

    private static final Set<TestKafka> SEEN = ConcurrentHashMap.newKeySet();

    @AfterAll
    static void bothUsersSawOneBroker() {
        assertThat(SEEN).as("TestKafka instances handed to two extension users in one JVM").hasSize(1);
    }

    @Nested
    @ExerciseCheck("0.1")
    class FirstUser {
        @Test
        void getsABroker(TestKafka kafka) {
            SEEN.add(kafka);
            assertThat(kafka.bootstrapServers()).isNotBlank();
        }
    }

    @Nested
    @ExerciseCheck("0.2")
    class SecondUser {
        @Test
        void getsTheSameBroker(TestKafka kafka) {
            SEEN.add(kafka);
            assertThat(kafka.bootstrapServers()).isNotBlank();
        }
    }
}
