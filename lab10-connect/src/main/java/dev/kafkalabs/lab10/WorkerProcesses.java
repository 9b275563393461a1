package dev.kafkalabs.lab10;

import dev.kafkalabs.lab10.demo.WorkerProgram;
import dev.kafkalabs.support.broker.FreePorts;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The distributed workers of one Connect cluster, each a {@link WorkerProgram} in a JVM of its own on
 * 127.0.0.1 (as on machines of their own): started together, addressed by index (0 is worker-1), killed
 * one by one.
 */
public final class WorkerProcesses implements AutoCloseable {

    private final String cluster;
    private final List<Integer> ports;
    private final List<ChildProcess> processes = new ArrayList<>();

    private WorkerProcesses(String cluster, List<Integer> ports) {
        this.cluster = cluster;
        this.ports = ports;
    }

    /** Starts {@code count} workers of the cluster {@code cluster}, named worker-1, worker-2, ..., on free ports. */
    public static WorkerProcesses start(String cluster, int count) {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(FreePorts.pick());
        }
        WorkerProcesses workers = new WorkerProcesses(cluster, List.copyOf(ports));
        for (int index = 0; index < count; index++) {
            workers.processes.add(workers.launch(index));
        }
        return workers;
    }

    /** Starts worker {@code index} again (after it was killed or stopped): same name, same REST port. */
    public void restart(int index) {
        if (processes.get(index).isAlive()) {
            throw new IllegalStateException(name(index) + " is running.");
        }
        processes.set(index, launch(index));
    }

    private ChildProcess launch(int index) {
        return ChildJvm.of(WorkerProgram.class)
                // The worker's embedded Jetty announces every start and stop at INFO.
                .systemProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn")
                .args("--cluster", cluster, "--worker", name(index), "--rest-port", String.valueOf(ports.get(index)))
                .start();
    }

    /** How many workers the cluster has, running or not. */
    public int size() {
        return ports.size();
    }

    /** worker-1, worker-2, ... for index 0, 1, ... */
    public static String name(int index) {
        return "worker-" + (index + 1);
    }

    /** Waits until every worker's REST API answers; returns the lines that said so. */
    public List<String> awaitReady(Duration timeout) {
        return processes.stream().map(process -> process.awaitOutput(WorkerProgram.READY, timeout)).toList();
    }

    /** The worker's id in the cluster's statuses: the host and port of its REST API. */
    public String id(int index) {
        return "127.0.0.1:" + ports.get(index);
    }

    /** A client of worker {@code index}'s REST API. */
    public ConnectRest rest(int index) {
        return new ConnectRest(URI.create("http://" + id(index) + "/"));
    }

    public ChildProcess process(int index) {
        return processes.get(index);
    }

    /** The index of the group's leader, as the last assignment logged by a living worker names it. */
    public Optional<Integer> leader() {
        Optional<String> leader = processes.stream().filter(ChildProcess::isAlive)
                .map(process -> WorkerLog.lastLeader(process.output())).flatMap(Optional::stream).findFirst();
        return leader.flatMap(id -> IntStream.range(0, ports.size()).boxed().filter(index -> id(index).equals(id))
                .findFirst());
    }

    /** The workers' ERROR lines with their reasons, one block per worker that logged any ("" when none did). */
    public String errorReport() {
        StringBuilder report = new StringBuilder();
        for (int index = 0; index < processes.size(); index++) {
            List<String> errors = WorkerLog.errors(processes.get(index).output());
            if (!errors.isEmpty()) {
                report.append('\n').append(name(index)).append(" logged:\n  ").append(String.join("\n  ", errors));
            }
        }
        return report.toString();
    }

    /** Kills every worker still running. */
    @Override
    public void close() {
        processes.forEach(ChildProcess::close);
    }
}
