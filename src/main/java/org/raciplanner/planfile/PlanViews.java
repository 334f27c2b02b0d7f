package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.scenario.ResultView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What PUT …/plan answers. */
final class PlanViews {

    private PlanViews() {
    }

    /**
     * @param dryRun  true when nothing was saved
     * @param result  the difference the changes make, as a what-if answers it
     * @param version the team's version after the apply (unchanged by a dry run or a plan that changes nothing)
     */
    @Serdeable
    record Outcome(boolean dryRun, List<ChangeView> changes, List<UnmanagedView> unmanaged, ResultView result, long version) {
    }

    /** One change; {@code before} is absent for a create, {@code after} for a delete. */
    @Serdeable
    record ChangeView(@Schema(allowableValues = {"create", "update", "delete"}) String op,
                      @Schema(allowableValues = {"settings", "person", "initiative", "responsibility", "staffing", "cell"}) String kind,
                      @Schema(description = "settings, an e-mail, a handle, handle/responsibility or handle/responsibility/e-mail") String key,
                      @Nullable @Schema(description = "The thing as the plan file writes it", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                      Map<String, Object> before,
                      @Nullable @Schema(description = "The thing as the plan file writes it", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                      Map<String, Object> after) {

        static ChangeView of(Change c) {
            return new ChangeView(c.op().shown(), c.what().shown(), c.key(), shown(c.what(), c.before()), shown(c.what(), c.after()));
        }
    }

    /** Something of the team the file leaves out: kept as it is, as {@code prune=true} would delete it. */
    @Serdeable
    record UnmanagedView(String kind, String key) {

        static UnmanagedView of(PlanDiff.Unmanaged u) {
            return new UnmanagedView(u.what().shown(), u.key());
        }
    }

    @Nullable
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(Change.What what, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> shown = switch (what) {
            case SETTINGS -> PlanWriter.ordered((Map<String, Integer>) value);
            case PERSON -> PlanWriter.person((Plan.Person) value);
            case INITIATIVE -> PlanWriter.header((Plan.Initiative) value);
            case RESPONSIBILITY -> PlanWriter.row((Plan.Row) value);
            case STAFFING -> PlanWriter.staffing(PlanSteps.castStaffing(value));
            case CELL -> PlanWriter.letters((String) value);
        };
        return datesAsText(shown);
    }

    /** Dates as the file writes them (2027-01-04), whatever the serializer would make of a date; a person's windows' too. */
    private static Map<String, Object> datesAsText(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, datesAsText(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object datesAsText(@Nullable Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return datesAsText((Map<String, Object>) map);
        }
        return value instanceof List<?> list ? list.stream().map(PlanViews::datesAsText).toList() : value;
    }
}
