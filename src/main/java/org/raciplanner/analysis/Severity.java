package org.raciplanner.analysis;

/** Declaration order is the order warnings are listed in. */
public enum Severity { ERROR, WARNING, INFO }
