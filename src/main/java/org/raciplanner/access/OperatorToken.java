package org.raciplanner.access;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;

/**
 * The operator's token, from {@code RACI_ADMIN_TOKEN}. Without it the service makes one up for this
 * run and prints it once; it then listens on localhost only ({@link LocalOnlyWithoutOperatorToken}).
 * Created at startup so that the token is printed before anyone needs it.
 */
@Context
class OperatorToken {

    static final String NAME = "operator";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorToken.class);

    private final byte[] hash;
    private final boolean generated;

    OperatorToken(@Value("${raci.admin-token:}") String configured, Secrets secrets) {
        generated = configured.isBlank();
        String secret = generated ? secrets.generate() : configured;
        hash = secrets.hash(secret);
        if (generated) {
            LOG.warn("RACI_ADMIN_TOKEN is not set: listening on 127.0.0.1 only, with an operator token made up for this run "
                    + "(shown only here): {}", secret);
        }
    }

    /** Compared in constant time, so the answer's timing says nothing about how much of a guess was right. */
    boolean matches(byte[] presentedHash) {
        return MessageDigest.isEqual(hash, presentedHash);
    }

    boolean generated() {
        return generated;
    }
}
