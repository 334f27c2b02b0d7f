package org.raciplanner.matrix;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The initiative and the people who appear as columns: everyone staffed on it or holding a cell. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PeopleOnMatrix extends GenericRepository<Responsibility, Long> {

    @Query("select id, name, kind from initiative where id = :initiativeId and team_id = :teamId")
    Optional<MatrixViews.InitiativeRef> initiative(long teamId, long initiativeId);

    @Query("""
            select p.id, p.name, p.email,
                   coalesce((select string_agg(distinct s.role, ',') from staffing s
                             where s.initiative_id = :initiativeId and s.person_id = p.id), '') as roles,
                   coalesce((select min(s.id) from staffing s where s.initiative_id = :initiativeId and s.person_id = p.id),
                            9223372036854775807) as first_staffed
              from person p
             where p.team_id = :teamId
               and (p.id in (select person_id from staffing where initiative_id = :initiativeId)
                 or p.id in (select person_id from cell where initiative_id = :initiativeId))
             order by first_staffed, p.name, p.id""")
    List<Column> columns(long teamId, long initiativeId);

    @Introspected
    record Column(long id, String name, String email, String roles, long firstStaffed) {
        MatrixViews.PersonRef toRef() {
            return new MatrixViews.PersonRef(id, name, email, roles.isEmpty() ? List.of() : List.of(roles.split(",")));
        }
    }
}
