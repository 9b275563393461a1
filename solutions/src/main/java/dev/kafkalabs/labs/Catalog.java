package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every lab on the class path (each lab module registers its {@link Lab}), in course order. */
final class Catalog {

    private final List<Lab> labs;

    private Catalog(List<Lab> labs) {
        this.labs = labs;
    }

    static Catalog load() {
        List<Lab> labs = ServiceLoader.load(Lab.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Lab::id))
                .toList();
        return new Catalog(labs);
    }

    List<Lab> labs() {
        return labs;
    }

    /** Every exercise, in course order. */
    List<Exercise> allExercises() {
        return labs.stream().flatMap(lab -> lab.exercises().stream()).toList();
    }

    /** A catalog of these labs (tests use their own). */
    static Catalog of(List<Lab> labs) {
        return new Catalog(List.copyOf(labs));
    }

    /** The exercise with this id, e.g. "3.1". */
    Exercise exercise(String id) {
        return labs.stream()
                .flatMap(lab -> lab.exercises().stream())
                .filter(exercise -> exercise.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UnknownNameException("There is no exercise '" + id + "'. "
                        + "./labs list shows them all."));
    }

    /** The lab that holds the exercise. */
    Lab labOf(Exercise exercise) {
        return labs.stream().filter(lab -> lab.exercises().contains(exercise)).findFirst().orElseThrow();
    }

    /** The lab with this name: "lab03", also written "lab3", "03", "3" or as its module, "lab03-producer-consumer". */
    Optional<Lab> lab(String name) {
        String id = name.matches("(lab)?\\d+")
                ? String.format("lab%02d", Integer.parseInt(name.replace("lab", "")))
                : name;
        return labs.stream().filter(lab -> lab.id().equals(id) || lab.module().equals(name)).findFirst();
    }
}
