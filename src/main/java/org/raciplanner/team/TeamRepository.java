package org.raciplanner.team;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<Team, Long> {

    @Query(value = "select team_.id, team_.name from team team_", countQuery = "select count(*) from team")
    Page<TeamSummary> list(Pageable pageable);
}
