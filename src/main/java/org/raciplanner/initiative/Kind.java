package org.raciplanner.initiative;

/** A project is time-bound (001), a product lasts (003), a program groups projects (000). */
public enum Kind {
    PROJECT, PRODUCT, PROGRAM
}
