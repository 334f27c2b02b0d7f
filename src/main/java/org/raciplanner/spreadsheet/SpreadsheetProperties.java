package org.raciplanner.spreadsheet;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * Limits on uploaded workbooks.
 *
 * @param maxUploadSize   the largest file accepted, e.g. {@code 5MB}
 * @param minInflateRatio a part of the file may expand to at most 1 / this times its compressed size
 *                        (POI's zip-bomb guard)
 * @param maxEntrySize    the largest a single part of the file may expand to
 */
@ConfigurationProperties("raci.spreadsheet")
record SpreadsheetProperties(@Bindable(defaultValue = "5MB") @ReadableBytes long maxUploadSize,
                             @Bindable(defaultValue = "0.01") double minInflateRatio,
                             @Bindable(defaultValue = "100MB") @ReadableBytes long maxEntrySize) {
}
