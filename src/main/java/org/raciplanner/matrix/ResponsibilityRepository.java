package org.raciplanner.matrix;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ResponsibilityRepository extends CrudRepository<Responsibility, Long> {

    List<Responsibility> findByInitiativeIdOrderByPosition(long initiativeId);

    Optional<Responsibility> findByInitiativeIdAndKey(long initiativeId, String key);

    @Query("select coalesce(max(position), 0) from responsibility where initiative_id = :initiativeId")
    int maxPosition(long initiativeId);
}
