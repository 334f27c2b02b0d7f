package org.raciplanner.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "raci.admin-token", value = "")
@Property(name = "micronaut.server.host", value = "0.0.0.0")
class LocalOnlyWithoutOperatorTokenTest {

    @Inject
    NettyHttpServerConfiguration server;

    @Inject
    OperatorToken operator;

    @Test
    void listensOnLoopbackOnlyWhenTheOperatorTokenIsMadeUp() {
        assertTrue(operator.generated());
        assertEquals(Optional.of("127.0.0.1"), server.getHost());
    }
}
