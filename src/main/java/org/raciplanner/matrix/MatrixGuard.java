package org.raciplanner.matrix;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.Optional;

/** The few facts about the initiative and roster the matrix needs, without depending on those features. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatrixGuard extends GenericRepository<Responsibility, Long> {

    @Query("select matrix_version from initiative where id = :initiativeId and team_id = :teamId")
    Optional<Long> matrixVersion(long teamId, long initiativeId);

    /** Locks the initiative's row for the rest of the transaction, so matrix writes never interleave. */
    @Query("update initiative set matrix_version = matrix_version + 1, updated_at = now() where id = :initiativeId and team_id = :teamId")
    long bump(long teamId, long initiativeId);

    @Query("update initiative set matrix_version = matrix_version + 1, updated_at = now() where team_id = :teamId and id in (:ids)")
    void bumpAll(long teamId, Collection<Long> ids);
}
