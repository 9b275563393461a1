package dev.kafkalabs.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Calls a program's {@code main} in this JVM and lets its exceptions through unchanged. */
public final class MainRunner {

    private MainRunner() {
    }

    /** Runs {@code mainClass.main(args)} on the calling thread. */
    public static void run(Class<?> mainClass, String... args) throws Exception {
        Method main;
        try {
            main = mainClass.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(mainClass.getName() + " has no public static void main(String[])", e);
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new IllegalArgumentException(mainClass.getName() + ".main must be static");
        }
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
