package org.raciplanner.initiative;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffingRepository extends CrudRepository<Staffing, Long> {

    List<Staffing> findByInitiativeIdOrderById(long initiativeId);

    @Query("delete from staffing where initiative_id = :initiativeId")
    void deleteByInitiative(long initiativeId);

    @Query("delete from staffing where team_id = :teamId and person_id = :personId")
    void deletePerson(long teamId, long personId);

    @Query("update staffing set communicates_via = null where team_id = :teamId and communicates_via = :personId")
    void clearCommunicatesVia(long teamId, long personId);
}
