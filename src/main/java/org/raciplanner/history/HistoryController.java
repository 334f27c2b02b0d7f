package org.raciplanner.history;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.raciplanner.api.Refusals;

import java.util.List;

@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/teams/{teamId}/history")
class HistoryController {

    private final HistoryReader history;

    HistoryController(HistoryReader history) {
        this.history = history;
    }

    /**
     * Newest first; {@code initiativeId} and {@code personId} narrow it to what touched them,
     * {@code scenarioId} to what applying that scenario changed.
     */
    @Get
    @Refusals.Read
    HttpResponse<List<HistoryView>> list(long teamId, @Nullable @QueryValue Long initiativeId, @Nullable @QueryValue Long personId,
                                         @Nullable @QueryValue Long scenarioId,
                                         @QueryValue(defaultValue = "0") int page,
                                         @QueryValue(defaultValue = "100") int size) {
        HistoryReader.Page result = history.page(teamId, initiativeId, personId, scenarioId, page, size);
        return HttpResponse.ok(result.entries()).header("X-Total-Count", String.valueOf(result.total()));
    }
}
