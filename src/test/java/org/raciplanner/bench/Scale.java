package org.raciplanner.bench;

/** The benchmark's team sizes. */
enum Scale {
    S(50, 10),
    M(1_000, 200),
    L(5_000, 1_000);

    final int people;
    final int initiatives;

    Scale(int people, int initiatives) {
        this.people = people;
        this.initiatives = initiatives;
    }
}
