package org.raciplanner.matrix;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CellRepository extends CrudRepository<Cell, Long> {

    List<Cell> findByInitiativeId(long initiativeId);

    Optional<Cell> findByResponsibilityIdAndPersonId(long responsibilityId, long personId);

    List<Cell> findByResponsibilityIdOrderByPersonId(long responsibilityId);

    @Query("delete from cell where team_id = :teamId and person_id = :personId")
    void deletePerson(long teamId, long personId);
}
