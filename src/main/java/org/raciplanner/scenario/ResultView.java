package org.raciplanner.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.analysis.Letters;
import org.raciplanner.planning.Result;
import org.raciplanner.warnings.WarningView;

import java.time.LocalDate;
import java.util.List;

/**
 * The difference changes make (planning.md, "What-if and scenarios"), as every answer shows it: a
 * what-if, a scenario, an apply. Warnings are in the shape of {@code GET …/warnings}.
 */
@Serdeable
@Schema(name = "WhatIfResult")
public record ResultView(Warnings warnings,
                         @Schema(description = "Everyone whose load changes, in the workload's order")
                         List<LoadChange> workload,
                         @Schema(description = "Every cell whose letters change, by initiative, row and person")
                         List<CellChange> cells,
                         Errors errors) {

    public static ResultView of(Result r) {
        return new ResultView(
                new Warnings(r.warnings().resolved().stream().map(WarningView::of).toList(),
                        r.warnings().introduced().stream().map(WarningView::of).toList(),
                        r.warnings().changed().stream().map(c -> new Changed(WarningView.of(c.before()), WarningView.of(c.after()))).toList(),
                        r.warnings().unchanged()),
                r.workload().stream().map(l -> new LoadChange(l.person(), l.ref(), l.name(), load(l.before()), load(l.after()))).toList(),
                r.cells().stream().map(c -> new CellChange(c.initiativeId(), c.responsibility(), c.person(), name(c.before()),
                        name(c.after()))).toList(),
                new Errors(r.errors().before(), r.errors().after()));
    }

    /**
     * Findings matched by their {@code id}: before = resolved + changed + unchanged,
     * after = introduced + changed + unchanged.
     */
    @Serdeable
    @Schema(name = "WhatIfWarnings")
    public record Warnings(@Schema(description = "Found before, gone after") List<WarningView> resolved,
                           @Schema(description = "Not found before, found after") List<WarningView> introduced,
                           @Schema(description = "Found before and after under the same id, but with another severity,"
                                   + " message or figures (an overload that drops from ERROR to WARNING)") List<Changed> changed,
                           @Schema(description = "How many findings stay exactly as they were") int unchanged) {
    }

    @Serdeable
    @Schema(name = "WhatIfChangedWarning")
    public record Changed(WarningView before, WarningView after) {
    }

    /** A person the changes add has a {@code ref}, no {@code before}, and a provisional {@code person} id below 0. */
    @Serdeable
    @Schema(name = "WhatIfLoad")
    public record LoadChange(long person, @Nullable String ref, String name, @Nullable Load before, Load after) {
    }

    /**
     * This week's load and the horizon's peak week, as in the workload; the percentages are null for
     * someone with no capacity.
     */
    @Serdeable
    @Schema(name = "WhatIfLoadFigures")
    public record Load(double loadHours, @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent,
                       @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double peakLoadPercent, LocalDate peakStart) {
    }

    /** Letters before and after; null for an empty cell. */
    @Serdeable
    @Schema(name = "WhatIfCell")
    public record CellChange(long initiativeId, String responsibility, long person,
                             @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) String before,
                             @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) String after) {
    }

    /** How many ERROR warnings there are before and after. */
    @Serdeable
    @Schema(name = "WhatIfErrors")
    public record Errors(int before, int after) {
    }

    private static Load load(@Nullable Result.Load load) {
        return load == null ? null : new Load(load.loadHours(), load.loadPercent(), load.peakLoadPercent(), load.peakStart());
    }

    private static String name(@Nullable Letters letters) {
        return letters == null ? null : letters.name();
    }
}
