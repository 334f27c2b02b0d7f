package org.raciplanner.api;

import io.micronaut.context.BeanContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.database.RequestThreads;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every controller that reaches the database runs on the blocking executor, said on the controller
 * itself (Micronaut's documented way), not left to a filter that happens to hop threads; and a
 * request the token lookup already moved to that executor is not moved a second time.
 */
@MicronautTest
class BlockingControllersTest {

    /** Answers from memory only: templates are loaded at start-up. */
    private static final Set<String> IN_MEMORY = Set.of("TemplateController");

    @Inject
    BeanContext context;

    @Test
    void runsEveryDatabaseBackedControllerOnTheBlockingExecutor() {
        List<BeanDefinition<?>> controllers = context.getBeanDefinitions(Qualifiers.byStereotype(Controller.class)).stream()
                .filter(d -> d.getBeanType().getPackageName().startsWith("org.raciplanner"))
                .filter(d -> !IN_MEMORY.contains(d.getBeanType().getSimpleName()))
                .toList();

        assertTrue(controllers.size() >= 9, "found " + controllers.size());
        controllers.forEach(d -> assertEquals(RequestThreads.NAME,
                d.stringValue(ExecuteOn.class).orElse("the event loop"), d.getBeanType().getSimpleName()));
    }
}
