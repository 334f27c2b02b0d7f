package org.raciplanner.planfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two forms of a plan file: JSON and YAML, each read into a {@link Tree} and written from plain values. */
enum PlanFormat {

    JSON("application/json"),
    YAML("application/yaml");

    /** The YAML media types a client may send: the registered one and those in use before it was registered. */
    static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final int YAML_WIDTH = 120;

    private final String mediaType;

    PlanFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format a body's media type names: YAML for any YAML type, JSON otherwise (the controller admits no others). */
    static PlanFormat of(@Nullable String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return YAML_TYPES.contains(type) ? YAML : JSON;
    }

    /** The format an {@code Accept} header prefers: of JSON and YAML the higher quality, the first listed at the same; else JSON. */
    static PlanFormat accepted(@Nullable String accept) {
        PlanFormat best = JSON;
        double bestQuality = 0;
        for (String part : accept == null ? new String[0] : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            PlanFormat format = YAML_TYPES.contains(type) ? YAML
                    : List.of("application/json", "application/*", "*/*").contains(type) ? JSON : null;
            double quality = quality(pieces);
            if (format != null && quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    Tree read(String text) {
        return this == YAML ? YamlTree.read(text) : JsonTree.read(text);
    }

    String write(Map<String, Object> document) {
        return this == YAML ? yaml(document) : json(document);
    }

    private static String yaml(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        // collections of plain values on one line ({name: Dana, title: …}, [a@x, b@x]), the rest as blocks
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setIndent(2);
        options.setWidth(YAML_WIDTH);
        options.setSplitLines(true);
        return "# raci-planner plan file; its JSON Schema: /schemas/plan-v1.json\n"
                + new Yaml(new PlainValues(options), options).dump(document);
    }

    private static String json(Map<String, Object> document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            write(json, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator json, @Nullable Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /** Numbers as people write them (40, 2.5) and dates unquoted (2027-01-04), which YAML reads back as what they are. */
    private static final class PlainValues extends Representer {
        PlainValues(DumperOptions options) {
            super(options);
            representers.put(BigDecimal.class, data -> {
                BigDecimal number = (BigDecimal) data;
                return representScalar(number.scale() <= 0 ? Tag.INT : Tag.FLOAT, number.toPlainString());
            });
            representers.put(LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
        }
    }
}
