package org.raciplanner.assignments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.analysis.LoadItems;
import org.raciplanner.api.Numbers;
import org.raciplanner.warnings.WarningView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's view across initiatives: who they are, their estimated weekly load this week (hours,
 * and percent of capacity: null without capacity) and in each week of the horizon, each initiative where they hold a role or a letter, and
 * their warnings as {@code GET …/warnings?personId=} gives them.
 */
@Serdeable
record AssignmentsView(PersonRef person, BigDecimal capacityHours, double loadHours,
                       @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent, List<WeekRef> weeks,
                       List<InitiativeRef> initiatives, List<WarningView> warnings) {

    static AssignmentsView of(Assignments.Held held) {
        return new AssignmentsView(new PersonRef(held.person().id(), held.person().name(), held.person().email(),
                held.person().title()), Numbers.plain(held.person().capacityHours()), held.loadHours(), held.loadPercent(),
                held.weeks().stream().map(WeekRef::of).toList(), held.initiatives().stream().map(InitiativeRef::of).toList(), held.warnings().stream().map(WarningView::of).toList());
    }

    /** One week of the horizon: the person's load, capacity and share of it, as {@code GET …/workload?by=week} gives them. */
    @Serdeable
    record WeekRef(LocalDate start, LocalDate end, String label, double loadHours, double capacityHours,
                   @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent) {
        static WeekRef of(LoadItems.Week w) {
            return new WeekRef(w.period().start(), w.period().end(), w.period().label(), w.load().loadHours(),
                    w.load().capacityHours(), w.load().loadPercent());
        }
    }

    @Serdeable
    record PersonRef(long id, String name, String email, @Nullable String title) {
    }

    /** {@code relayHours}: communication they do because others communicate via them; {@code loadHours}: all of it here. */
    @Serdeable
    record InitiativeRef(long id, String name, String kind, List<String> roles, List<CellRef> cells, double relayHours,
                         double loadHours) {
        static InitiativeRef of(Assignments.OnInitiative on) {
            return new InitiativeRef(on.initiative().id(), on.initiative().name(), on.initiative().kind(), on.roles(),
                    on.cells().stream().map(CellRef::of).toList(), on.relayHours(), on.loadHours());
        }
    }

    /** One cell: the row, the row's effort (hours a week for whoever is R), the letters, and the hours it adds to their week. */
    @Serdeable
    record CellRef(String responsibility, String name, String category, BigDecimal effortHours, String letters, String source,
                   double hours) {
        static CellRef of(Assignments.Cell c) {
            return new CellRef(c.row().key(), c.row().name(), c.row().category(), Numbers.plain(c.row().effortHours()),
                    c.cell().letters().name(), c.cell().source(), c.hours());
        }
    }
}
