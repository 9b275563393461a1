package dev.kafkalabs.labs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs check classes the way an IDE does: the JUnit Platform launcher on a lab module's test class path,
 * with whatever {@code -Dlab.variant} the run configuration gives (or none) - no Maven, no {@code ./labs}.
 * Prints every finished class and test as {@code RESULT<TAB>status<TAB>display name}, the names an IDE's
 * test tree shows; exits 0 when every check passed.
 */
final class IdeLikeRun {

    static final String RESULT = "RESULT";

    private IdeLikeRun() {
    }

    public static void main(String[] checkClasses) throws ClassNotFoundException {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String name : checkClasses) {
            request.selectors(selectClass(Class.forName(name)));
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener tree = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.getSource().isPresent()) {
                    System.out.println(String.join("\t", RESULT, result.getStatus().name(), identifier.getDisplayName()));
                }
            }
        };
        LauncherFactory.create().execute(request.build(), summary, tree);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 && summary.getSummary().getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
