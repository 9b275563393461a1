package dev.kafkalabs.labs;

import java.nio.file.Path;

/**
 * The workbook's directory (where {@code ./labs} lives) and its git-ignored state directory
 * {@code .labs/}, which keeps what a student has done (hints shown, exercises passed).
 */
record LabsHome(Path root) {

    static LabsHome current() {
        return new LabsHome(Path.of(System.getProperty("labs.home", ".")).toAbsolutePath().normalize());
    }

    Path state(String fileName) {
        return root.resolve(".labs").resolve(fileName);
    }

    Path module(String module) {
        return root.resolve(module);
    }
}
