package org.raciplanner.template;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Refusals;

import java.util.List;

@Controller("/api/v1/templates")
class TemplateController {

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Refusals.Unauthorized
    List<TemplateViews.Summary> list() {
        return catalog.all().stream().map(TemplateViews.Summary::of).toList();
    }

    @Get("/{key}")
    @Refusals.Unauthorized
    @Refusals.NotFound
    TemplateViews.Detail get(String key) {
        return catalog.find(key).map(TemplateViews.Detail::of).orElseThrow(() -> ApiException.notFound("Template '" + key + "'"));
    }
}
