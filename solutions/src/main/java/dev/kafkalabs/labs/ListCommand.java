package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.cli.UsageException;

/** {@code ./labs list}: every exercise, grouped by lab. */
final class ListCommand {

    private final Catalog catalog;

    ListCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    int run(String[] args) {
        if (args.length > 0) {
            throw new UsageException("./labs list takes no arguments.");
        }
        for (Lab lab : catalog.labs()) {
            System.out.printf("%s  %s  (%s)%n", lab.id(), lab.title(), lab.module());
            for (Exercise exercise : lab.exercises()) {
                System.out.printf("  %-6s %s%n", exercise.id(), exercise.title());
            }
        }
        System.out.println();
        System.out.println("Run one: ./labs run 3.1      Your starter: ./labs run 3.1 --starter      Check: ./labs check lab03");
        return 0;
    }
}
