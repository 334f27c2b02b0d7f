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

    /** Every initiative where the person holds a cell, a role, or relays others' communication. */
    @Query("""
            select i.id as initiative_id, i.name as initiative_name,
                   (select count(*) from cell c where c.initiative_id = i.id and c.person_id = :personId) as cells,
                   coalesce((select string_agg(s.role, ', ' order by s.role) from staffing s
                             where s.initiative_id = i.id and s.person_id = :personId), '') as roles,
                   (select count(*) from staffing s where s.initiative_id = i.id and s.communicates_via = :personId) as relayed
              from initiative i
             where i.team_id = :teamId
               and (exists (select 1 from cell c where c.initiative_id = i.id and c.person_id = :personId)
                 or exists (select 1 from staffing s where s.initiative_id = i.id
                            and (s.person_id = :personId or s.communicates_via = :personId)))
             order by i.name, i.id""")
    List<Holding> holdings(long teamId, long personId);

    @Query("""
            select c.initiative_id, r.key as responsibility, c.letters, c.source
              from cell c join responsibility r on r.id = c.responsibility_id
             where c.team_id = :teamId and c.person_id = :personId
             order by c.initiative_id, r.position""")
    List<RemovedPerson.HeldCell> cells(long teamId, long personId);

    /** Their own staffing and that of the people who communicate via them. */
    @Query("""
            select initiative_id, role, person_id as person, communicates_via from staffing
             where team_id = :teamId and (person_id = :personId or communicates_via = :personId)
             order by initiative_id, id""")
    List<RemovedPerson.StaffedAs> staffing(long teamId, long personId);

    @Query("delete from cell where team_id = :teamId and person_id = :personId")
    void deleteCells(long teamId, long personId);

    @Query("delete from staffing where team_id = :teamId and person_id = :personId")
    void deleteStaffing(long teamId, long personId);

    @Query("update staffing set communicates_via = null where team_id = :teamId and communicates_via = :personId")
    void clearCommunicatesVia(long teamId, long personId);

    @Query("update initiative set matrix_version = matrix_version + 1, updated_at = now() where team_id = :teamId and id in (:ids)")
    void bumpMatrixVersions(long teamId, Collection<Long> ids);
}
