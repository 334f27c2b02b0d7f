package org.raciplanner.initiative;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.raciplanner.template.TemplateCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Says at start-up which initiatives use a template that is not loaded (say RACI_TEMPLATES_DIR
 * changed): their staffing cannot change until it is back, and the operator should hear it before
 * a user does.
 */
@Singleton
class MissingTemplates implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(MissingTemplates.class);

    private final InitiativeRepository initiatives;
    private final TemplateCatalog templates;

    MissingTemplates(InitiativeRepository initiatives, TemplateCatalog templates) {
        this.initiatives = initiatives;
        this.templates = templates;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        List<String> missing = initiatives.templateKeys().stream().filter(key -> templates.find(key).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> users = initiatives.findByTemplateKeyInOrderById(missing).stream()
                .map(i -> "team " + i.teamId() + " initiative " + i.id() + " '" + i.name() + "' uses '" + i.templateKey() + "'")
                .toList();
        LOG.warn("{} initiative(s) use templates that are not loaded, so their staffing cannot change until they are: {}",
                users.size(), String.join("; ", users));
    }
}
