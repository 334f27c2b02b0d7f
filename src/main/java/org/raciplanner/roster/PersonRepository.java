package org.raciplanner.roster;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends CrudRepository<Person, Long> {

    Optional<Person> findByIdAndTeamId(long id, long teamId);

    Page<Person> findByTeamId(long teamId, Pageable pageable);

    @Query("select lower(email) from person where team_id = :teamId and lower(email) in (:emails)")
    List<String> findTakenEmails(long teamId, Collection<String> emails);

    @Query("select exists(select 1 from person where team_id = :teamId and lower(email) = lower(:email) and id <> :exceptId)")
    boolean emailTakenByOther(long teamId, String email, long exceptId);
}
