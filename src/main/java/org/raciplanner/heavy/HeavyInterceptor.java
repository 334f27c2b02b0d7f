package org.raciplanner.heavy;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Runs each {@link Heavy} method through its kind's gate. */
@Singleton
@InterceptorBean(Heavy.class)
class HeavyInterceptor implements MethodInterceptor<Object, Object> {

    private final HeavyWork work;

    HeavyInterceptor(HeavyWork work) {
        this.work = work;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Kind kind = context.enumValue(Heavy.class, Kind.class)
                .orElseThrow(() -> new IllegalStateException("@Heavy without a kind on " + context.getExecutableMethod()));
        return work.run(kind, context::proceed);
    }
}
