package org.raciplanner.access;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.history.History;
import org.raciplanner.team.CreateTeam;
import org.raciplanner.team.TeamView;
import org.raciplanner.team.Teams;
import org.raciplanner.api.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues, lists, revokes and recognises tokens. A presented secret is looked up by its SHA-256
 * hash: the database compares hashes, and how long that takes depends on the hash of the guess,
 * which tells an attacker nothing about any real secret (finding one from its hash is what SHA-256
 * rules out). The operator token is compared with {@link java.security.MessageDigest#isEqual}.
 * Nothing is cached, so a revoked token fails on the very next request.
 */
@Singleton
public class Tokens {

    static final String TEAM = "team";
    static final String OPERATOR = "OPERATOR";
    static final String FIRST_ADMIN = "admin";

    private final TokenRepository tokens;
    private final Secrets secrets;
    private final OperatorToken operator;
    private final History history;
    private final Teams teams;

    Tokens(TokenRepository tokens, Secrets secrets, OperatorToken operator, History history, Teams teams) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.operator = operator;
        this.history = history;
        this.teams = teams;
    }

    /** A new team and its first ADMIN token, together or not at all: a team nobody can reach would be useless. */
    @Transactional
    TeamView createTeam(CreateTeam request) {
        TeamView team = teams.create(request);
        return team.withToken(issue(team.id(), new TokenRequest(FIRST_ADMIN, Role.ADMIN)).token());
    }

    @Transactional
    TokenView issue(long teamId, TokenRequest request) {
        requireTeam(teamId);
        if (request.name().strip().equalsIgnoreCase(OperatorToken.NAME)) {
            throw ApiException.invalidField("name", "is reserved: the history names the operator token so");
        }
        String secret = secrets.generate();
        TokenView issued = TokenView.of(tokens.save(new Token(null, teamId, request.name().strip(), request.role(),
                secrets.hash(secret), null)));
        history.record(teamId, "token.created", null, null, null, issued);
        return issued.withSecret(secret);
    }

    List<TokenView> list(long teamId) {
        requireTeam(teamId);
        return tokens.findByTeamIdOrderById(teamId).stream().map(TokenView::of).toList();
    }

    @Transactional
    void revoke(long teamId, long tokenId) {
        requireTeam(teamId);
        Token token = tokens.findByIdAndTeamId(tokenId, teamId).orElseThrow(() -> ApiException.notFound("Token " + tokenId));
        tokens.delete(token);
        history.record(teamId, "token.revoked", null, null, TokenView.of(token), null);
    }

    /** Who presents this secret: the operator, a team's token with its role (and the lesser ones), or nobody. */
    Optional<Authentication> authenticate(String secret) {
        byte[] hash = secrets.hash(secret);
        if (operator.matches(hash)) {
            List<String> roles = new ArrayList<>(Role.ADMIN.withLesser());
            roles.add(OPERATOR);
            return Optional.of(Authentication.build(OperatorToken.NAME, roles));
        }
        return tokens.findBySecretHash(hash).map(t -> Authentication.build(t.name(), t.role().withLesser(),
                Map.of(TEAM, t.teamId())));
    }

    private void requireTeam(long teamId) {
        teams.requireExists(teamId);
    }
}
