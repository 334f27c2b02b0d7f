package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import org.raciplanner.api.QueryInstants;
import org.raciplanner.api.Refusals;

import java.util.List;
import org.raciplanner.database.RequestThreads;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/initiatives/{initiativeId}/matrix/changes")
class CellChangesController {

    private final CellChanges changes;

    CellChangesController(CellChanges changes) {
        this.changes = changes;
    }

    /**
     * The cell changes after {@code from} up to and including {@code to} (ISO-8601 instants, to the
     * millisecond as the history shows them; either may be left out), oldest first, paged like the
     * history: the total in {@code X-Total-Count}. A deleted initiative's changes stay readable.
     */
    @Get
    @Refusals.Read
    HttpResponse<List<CellChangeView>> list(long teamId, long initiativeId,
                                            @Nullable @QueryValue @Parameter(description = "Changes after this instant") String from,
                                            @Nullable @QueryValue @Parameter(description = "Changes up to this instant") String to,
                                            @QueryValue(defaultValue = "0") int page,
                                            @QueryValue(defaultValue = "100") int size) {
        HistoryReader.Page<CellChangeView> result = changes.page(teamId, initiativeId, QueryInstants.parse("from", from),
                QueryInstants.parse("to", to), page, size);
        return HttpResponse.ok(result.entries()).header("X-Total-Count", String.valueOf(result.total()));
    }
}
