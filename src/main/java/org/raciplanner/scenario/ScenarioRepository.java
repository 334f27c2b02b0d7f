package org.raciplanner.scenario;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScenarioRepository extends CrudRepository<Scenario, Long> {

    Optional<Scenario> findByIdAndTeamId(long id, long teamId);

    List<Scenario> findByTeamIdOrderById(long teamId);

    /** Locks the scenario for its apply: a second apply, an edit or a delete waits until this one ends. */
    @Query("select * from scenario where id = :id and team_id = :teamId for update")
    Optional<Scenario> lock(long id, long teamId);

    /** Changes an unapplied scenario; answers 0 when it was applied (or deleted) meanwhile, and leaves it be. */
    @Query("""
            update scenario set name = :name, changes = cast(:changes as jsonb), base_version = :baseVersion,
                   base_cells = cast(:baseCells as jsonb), updated_at = now()
             where id = :id and applied_at is null""")
    int revise(long id, String name, String changes, long baseVersion, String baseCells);

    @Query("update scenario set applied_by = :by, applied_at = now(), applied_version = :version where id = :id")
    void markApplied(long id, String by, long version);
}
