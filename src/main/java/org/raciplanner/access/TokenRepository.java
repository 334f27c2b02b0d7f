package org.raciplanner.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TokenRepository extends CrudRepository<Token, Long> {

    Optional<Token> findBySecretHash(byte[] secretHash);

    Optional<Token> findByIdAndTeamId(long id, long teamId);

    List<Token> findByTeamIdOrderById(long teamId);
}
