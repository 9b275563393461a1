package dev.kafkalabs.support.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a check class's tests a multi-broker cluster: declare a {@link TestCluster} parameter. One
 * cluster per test JVM, started before the class's first test and stopped when the JVM's tests are done.
 *
 * <p>Put it <em>before</em> {@link ExerciseCheck}: the cluster then also becomes the broker of
 * {@link TestKafka} and of every program the checks start, instead of the single shared broker.
 *
 * <pre>{@code
 * @ClusterCheck
 * @ExerciseCheck("7.1")
 * class ReplicationIT {
 *     @Test
 *     void isrShrinks(TestCluster cluster) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// CheckedSide first: its line must come before the cluster's start-up (ExerciseCheck registers it too; JUnit keeps one).
@ExtendWith({CheckedSide.class, KafkaClusterExtension.class})
public @interface ClusterCheck {
}
