package org.raciplanner.roster;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AvailabilityRepository extends CrudRepository<Availability, Long> {

    List<Availability> findByTeamIdAndPersonIdOrderByFrom(long teamId, long personId);

    void deleteByTeamIdAndPersonId(long teamId, long personId);
}
