package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HistoryRepository extends GenericRepository<HistoryEntry, Long> {

    /** {@code changes} is a JSON array of {@link History.Change}; each element becomes one row, in order. */
    @Query("""
            insert into history (team_id, actor, action, initiative_id, person_id, before, after, scenario_id, scenario_name)
            select :teamId, :actor, :action, cast(c ->> 'initiativeId' as bigint), cast(c ->> 'personId' as bigint),
                   c -> 'before', c -> 'after', cast(:scenarioId as bigint), cast(:scenarioName as varchar)
              from jsonb_array_elements(cast(:changes as jsonb)) with ordinality as t(c, n)
             order by n""")
    void insert(long teamId, String actor, String action, String changes, @Nullable Long scenarioId,
                @Nullable String scenarioName);

    @Query("""
            select * from history
             where team_id = :teamId
               and (cast(:initiativeId as bigint) is null or initiative_id = :initiativeId)
               and (cast(:personId as bigint) is null or person_id = :personId)
               and (cast(:scenarioId as bigint) is null or scenario_id = :scenarioId)
             order by id desc
             limit :size offset :offset""")
    List<HistoryEntry> newestFirst(long teamId, @Nullable Long initiativeId, @Nullable Long personId, @Nullable Long scenarioId,
                                   int size, long offset);

    @Query("""
            select count(*) from history
             where team_id = :teamId
               and (cast(:initiativeId as bigint) is null or initiative_id = :initiativeId)
               and (cast(:personId as bigint) is null or person_id = :personId)
               and (cast(:scenarioId as bigint) is null or scenario_id = :scenarioId)""")
    long count(long teamId, @Nullable Long initiativeId, @Nullable Long personId, @Nullable Long scenarioId);
}
