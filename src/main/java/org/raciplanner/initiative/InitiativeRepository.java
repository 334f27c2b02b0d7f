package org.raciplanner.initiative;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InitiativeRepository extends CrudRepository<Initiative, Long> {

    Optional<Initiative> findByIdAndTeamId(long id, long teamId);

    List<Initiative> findByTeamIdOrderById(long teamId);

    List<Initiative> findByTeamIdAndKindOrderById(long teamId, Kind kind);

    Optional<Initiative> findByTeamIdAndHandle(long teamId, String handle);

    /** The handles of the team that a new one made from {@code base} could clash with. */
    @Query("select handle from initiative where team_id = :teamId and (handle = :base or handle like :base || '-%')")
    List<String> handlesLike(long teamId, String base);

    @Query("select distinct template_key from initiative where template_key is not null")
    List<String> templateKeys();

    List<Initiative> findByTemplateKeyInOrderById(Collection<String> keys);

    @Query("select name from initiative where parent_id = :id order by name")
    List<String> childNames(long id);

    /** Ancestors of an initiative, nearest first; used to refuse a parent that would make a cycle. */
    @Query("""
            with recursive up(id, parent_id) as (
                select id, parent_id from initiative where id = :id
                union
                select i.id, i.parent_id from initiative i join up on i.id = up.parent_id)
            select id from up""")
    List<Long> selfAndAncestors(long id);
}
