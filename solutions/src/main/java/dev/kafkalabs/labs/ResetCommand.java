package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./labs reset ID}: puts the starter files the exercise declares as edited ({@link StarterFiles})
 * back as they are in git's {@code HEAD} (as shipped, unless you committed your own work), after saving
 * your version beside each one as {@code Name.java.mine} ({@code .mine.1}, {@code .mine.2}, ... when an
 * earlier copy is there). The files of the earlier exercises whose code it runs are left alone: they have
 * their own id. Says what it did for every file; needs a git checkout.
 */
final class ResetCommand {

    private final Catalog catalog;
    private final LabsHome home;

    ResetCommand(Catalog catalog, LabsHome home) {
        this.catalog = catalog;
        this.home = home;
    }

    int run(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            throw new UsageException("./labs reset needs exactly one exercise id, e.g. ./labs reset 3.1.");
        }
        Exercise exercise = catalog.exercise(args[0]);
        if (git("rev-parse", "--is-inside-work-tree").exit() != 0) {
            System.err.println("./labs reset restores the starters from git, but " + home.root()
                    + " is not a git checkout: copy the starter from the course repository instead.");
            return 1;
        }
        Path moduleDir = home.module(catalog.labOf(exercise).module());
        List<Path> starters = StarterFiles.editedIn(exercise, moduleDir);
        if (starters.isEmpty()) {
            System.out.printf("%s has no starter files to reset.%n", exercise.id());
            return 0;
        }
        int restored = 0;
        for (Path starter : starters) {
            restored += reset(starter) ? 1 : 0;
        }
        if (restored > 0) {
            Progress progress = Progress.load(home);
            progress.forget(exercise.id());
            progress.save(System.err);
        }
        System.out.printf("%s: %d of %d starter file(s) put back as shipped.%n", exercise.id(), restored, starters.size());
        return 0;
    }

    /** Restores one file; true when it changed. */
    private boolean reset(Path starter) {
        String relative = home.root().relativize(starter).toString();
        Git shipped = git("show", "HEAD:./" + relative);
        if (shipped.exit() != 0) {
            System.out.printf("  %s is not in git's HEAD: left as it is.%n", relative);
            return false;
        }
        try {
            byte[] current = Files.exists(starter) ? Files.readAllBytes(starter) : null;
            if (current != null && Arrays.equals(current, shipped.output())) {
                System.out.printf("  %s is already as shipped.%n", relative);
                return false;
            }
            if (current != null) {
                Path mine = freeBackupName(starter);
                Files.write(mine, current);
                System.out.printf("  your version: %s%n", home.root().relativize(mine));
            }
            Files.write(starter, shipped.output());
            System.out.printf("  restored:     %s%n", relative);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reset " + relative, e);
        }
    }

    /** {@code Name.java.mine}, or the first of {@code .mine.1}, {@code .mine.2}, ... that does not exist yet. */
    static Path freeBackupName(Path starter) {
        Path mine = starter.resolveSibling(starter.getFileName() + ".mine");
        for (int n = 1; Files.exists(mine); n++) {
            mine = starter.resolveSibling(starter.getFileName() + ".mine." + n);
        }
        return mine;
    }

    private record Git(int exit, byte[] output) {
    }

    private Git git(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", home.root().toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output;
            try (InputStream in = git.getInputStream(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                in.transferTo(bytes);
                output = bytes.toByteArray();
            }
            return new Git(git.waitFor(), output);
        } catch (IOException e) {
            // No git installed: the same answer as "not a checkout".
            return new Git(127, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Git(130, new byte[0]);
        }
    }
}
