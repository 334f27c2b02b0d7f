package org.raciplanner.matrix;

/** Strategy is the "what and why" of the work, execution the "how" (004). */
public enum Category {
    STRATEGY, EXECUTION
}
