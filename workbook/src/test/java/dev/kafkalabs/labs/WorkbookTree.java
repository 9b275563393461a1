package dev.kafkalabs.labs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The workbook these tests run in: the real labs, their sources and guides, one level above this module. */
final class WorkbookTree {

    private WorkbookTree() {
    }

    /** The directory that holds {@code ./labs} (Maven runs the tests one level below it, in {@code workbook/}). */
    static Path root() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("labs"))) {
            throw new IllegalStateException(root + " holds no ./labs: run these tests from the workbook module.");
        }
        return root;
    }
}
