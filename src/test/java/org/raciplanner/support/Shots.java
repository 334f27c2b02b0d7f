package org.raciplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps what a test produced for a person to look at (screenshots, workbooks) in the folder named by
 * {@code -Draci.shots=…}; without it, nothing is kept.
 */
public final class Shots {

    private static final String FOLDER = "raci.shots";

    private Shots() {
    }

    public static boolean wanted() {
        return System.getProperty(FOLDER) != null;
    }

    public static Path path(String name) {
        return Path.of(System.getProperty(FOLDER), name);
    }

    public static void save(String name, byte[] content) {
        if (!wanted()) {
            return;
        }
        try {
            Files.createDirectories(path(name).getParent());
            Files.write(path(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
