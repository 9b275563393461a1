package dev.kafkalabs.support.catalog;

import java.util.List;

/**
 * One lab module's table of contents, found by {@code ./labs} through {@link java.util.ServiceLoader}:
 * each lab module lists its implementation in
 * {@code META-INF/services/dev.kafkalabs.support.catalog.Lab}.
 */
public interface Lab {

    /** The lab's short name as typed on the command line, e.g. {@code "lab03"}. */
    String id();

    /** The Maven module (directory) that holds the lab, e.g. {@code "lab03-producer-consumer"}. */
    String module();

    String title();

    /** The exercises in the order the guide presents them. */
    List<Exercise> exercises();
}
