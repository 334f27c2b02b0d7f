package org.raciplanner.template;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.matrix.Category;
import org.raciplanner.analysis.Letters;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How templates are shown to clients (api.md). */
final class TemplateViews {

    private TemplateViews() {
    }

    @Serdeable
    record RowView(String key, String name, Category category, BigDecimal effortHours, List<String> source) {
        static RowView of(Template.Row r) {
            return new RowView(r.key(), r.name(), r.category(), r.effortHours(), r.source());
        }
    }

    @Serdeable
    record Summary(String key, String name, String kind, String description, List<Template.Role> roles,
                   List<RowView> responsibilities) {
        static Summary of(Template t) {
            return new Summary(t.key(), t.name(), t.kind(), t.description(), t.roles(),
                    t.responsibilities().stream().map(RowView::of).toList());
        }
    }

    @Serdeable
    record Detail(String key, String name, String kind, String description, List<Template.Role> roles,
                  List<RowView> responsibilities, Map<String, Map<String, Letters>> letters,
                  List<Template.Conflict> conflicts, List<String> required, Template.Communication communication) {
        static Detail of(Template t) {
            Map<String, Map<String, Letters>> letters = new LinkedHashMap<>();
            t.responsibilities().forEach(r -> letters.put(r.key(), r.letters()));
            return new Detail(t.key(), t.name(), t.kind(), t.description(), t.roles(),
                    t.responsibilities().stream().map(RowView::of).toList(), letters, t.conflicts(), t.required(),
                    t.communication());
        }
    }
}
