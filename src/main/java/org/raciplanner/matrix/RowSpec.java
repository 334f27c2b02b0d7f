package org.raciplanner.matrix;

import java.math.BigDecimal;

/** A row to create, from a template or a client. */
public record RowSpec(String key, String name, Category category, BigDecimal effortHours) {
}
