package org.raciplanner.planning.fix;

/**
 * One move of a candidate in words, such as "Lee takes the R on 'Budget' on Atlas from Dana";
 * {@code taker} is the person whose load the title shows next to it (null when nobody takes work on).
 */
record Step(String text, Long taker) {
}
