package org.raciplanner.access;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * A made-up operator token is printed in the log, which may be shared or shipped elsewhere; so
 * without {@code RACI_ADMIN_TOKEN} the server binds to the loopback address only, whatever host
 * was configured.
 */
@Singleton
class LocalOnlyWithoutOperatorToken implements BeanCreatedEventListener<NettyHttpServerConfiguration> {

    private static final String LOOPBACK = "127.0.0.1";

    private final BeanProvider<OperatorToken> operator;

    LocalOnlyWithoutOperatorToken(BeanProvider<OperatorToken> operator) {
        this.operator = operator;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (operator.get().generated()) {
            server.setHost(LOOPBACK);
        }
        return server;
    }
}
