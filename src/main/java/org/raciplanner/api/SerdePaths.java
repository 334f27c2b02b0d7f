package org.raciplanner.api;

import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.Optional;

/** Where in a request body a value could not be read, as the client wrote it: {@code kind}, {@code [3].capacityHours}. */
final class SerdePaths {

    private SerdePaths() {
    }

    static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (ReferencePath step : serde.getPath()) {
                    if (step instanceof CollectionItemReferencePath item) {
                        path.append('[').append(item.index()).append(']');
                    } else if (step instanceof PropertyReferencePath property) {
                        path.append(path.isEmpty() ? "" : ".").append(property.property().getName());
                    }
                }
                return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
            }
        }
        return Optional.empty();
    }
}
