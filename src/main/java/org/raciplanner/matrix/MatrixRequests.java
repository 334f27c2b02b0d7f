package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

import java.math.BigDecimal;

/** What clients send to the matrix endpoints. */
public final class MatrixRequests {

    static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private MatrixRequests() {
    }

    @Serdeable
    public record NewResponsibility(@NotBlank @Size(max = 100)
                             @Pattern(regexp = KEY_PATTERN, message = "must be kebab-case, like stakeholder-communication") String key,
                             @NotBlank @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                             @Nullable Category category,
                             @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal effortHours) {
    }

    @Serdeable
    public record ResponsibilityPatch(@Nullable @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                               @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                               @Nullable Category category,
                               @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal effortHours) {
    }

    @Serdeable
    record SetCell(@NotNull @Size(max = 20) String letters) {
    }
}
