package org.raciplanner.fix;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How much work one search for fixes may do. The screenings make the answer the same on every run
 * (each is one change list tried on the team); the times only stop a machine much slower than the
 * one these were measured on (README › Performance), which then answers with what it found.
 *
 * @param suggestionsScreenings change lists one suggestions request may try
 * @param suggestionsTime       the longest one suggestions request searches
 * @param planScreenings        change lists one fix plan may try
 * @param planTime              the longest one fix plan searches
 */
@ConfigurationProperties("raci.fix")
record FixProperties(@Bindable(defaultValue = "1500") int suggestionsScreenings,
                     @Bindable(defaultValue = "5s") Duration suggestionsTime,
                     @Bindable(defaultValue = "2500") int planScreenings,
                     @Bindable(defaultValue = "9s") Duration planTime) {
}
