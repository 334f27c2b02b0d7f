package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HistoryRepository extends GenericRepository<HistoryEntry, Long> {

    /**
     * {@code changes} is a JSON array of {@link History.Change}; each element becomes one row, in order,
     * at the transaction's one moment and with the version its initiative's matrix is at now (see the
     * migration that adds {@code matrix_version}).
     */
    @Query("""
            insert into history (team_id, at, actor, action, cause, initiative_id, person_id, before, after, matrix_version,
                                 scenario_id, scenario_name)
            select :teamId, m.at, :actor, :action, :cause, cast(c ->> 'initiativeId' as bigint), cast(c ->> 'personId' as bigint),
                   c -> 'before', c -> 'after',
                   (select i.matrix_version from initiative i where i.id = cast(c ->> 'initiativeId' as bigint)),
                   cast(:scenarioId as bigint), cast(:scenarioName as varchar)
              from (select history_moment() as at) m
             cross join lateral jsonb_array_elements(cast(:changes as jsonb)) with ordinality as t(c, n)
             order by n""")
    void insert(long teamId, String actor, String action, @Nullable String cause, String changes, @Nullable Long scenarioId,
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

    @Query("select exists (select 1 from history where team_id = :teamId and initiative_id = :initiativeId)")
    boolean mentions(long teamId, long initiativeId);

    /** The entries that changed a cell's letters, in {@code [from, to)} as stored, oldest first. */
    @Query(value = """
            select * from history
             where team_id = :teamId and initiative_id = :initiativeId and action like 'cell.%'
               and at >= :from and at < :to and (before ->> 'letters') is distinct from (after ->> 'letters')
             order by id
             limit :size offset :offset""")
    List<HistoryEntry> cellChanges(long teamId, long initiativeId, Instant from, Instant to, int size, long offset);

    @Query("""
            select count(*) from history
             where team_id = :teamId and initiative_id = :initiativeId and action like 'cell.%'
               and at >= :from and at < :to and (before ->> 'letters') is distinct from (after ->> 'letters')""")
    long countCellChanges(long teamId, long initiativeId, Instant from, Instant to);
}
