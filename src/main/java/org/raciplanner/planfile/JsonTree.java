package org.raciplanner.planfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON plan file into a {@link Tree} with Jackson's streaming parser, keeping each value's
 * line and column and every member as written (a name given twice is the reader's to name, not the
 * parser's to drop). A file that is not well-formed is a 400 with the parser's line and column.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlTree.MAX_DEPTH).build())
            .build();

    private JsonTree() {
    }

    static Tree read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw malformed(1, 1, "the file is empty");
            }
            Tree tree = value(parser, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw malformed(at.getLineNr(), at.getColumnNr(), "there is more after the document's end");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw malformed(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Tree value(JsonParser parser, String pointer) throws IOException {
        JsonLocation location = parser.currentTokenLocation();
        Tree.Where at = new Tree.Where(pointer, location.getLineNr(), location.getColumnNr());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> members(parser, at);
            case START_ARRAY -> items(parser, at);
            case VALUE_STRING -> new Tree.Scalar(Tree.Type.TEXT, parser.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Tree.Scalar(Tree.Type.NUMBER, parser.getText(), at);
            case VALUE_TRUE, VALUE_FALSE -> new Tree.Scalar(Tree.Type.BOOLEAN, parser.getText(), at);
            case VALUE_NULL -> new Tree.Scalar(Tree.Type.NULL, "", at);
            default -> throw malformed(at.line(), at.column(), "unexpected " + token);
        };
    }

    private static Tree members(JsonParser parser, Tree.Where at) throws IOException {
        List<Tree.Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation location = parser.currentTokenLocation();
            String pointer = at.child(name);
            parser.nextToken();
            members.add(new Tree.Member(name, new Tree.Where(pointer, location.getLineNr(), location.getColumnNr()),
                    value(parser, pointer)));
        }
        return new Tree.Members(members, at);
    }

    private static Tree items(JsonParser parser, Tree.Where at) throws IOException {
        List<Tree> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser, at.child(String.valueOf(items.size()))));
        }
        return new Tree.Items(items, at);
    }

    private static ApiException malformed(int line, int column, String problem) {
        return ApiException.badRequest("The file is not well-formed JSON: " + problem
                        + (line > 0 ? " (line " + line + ", column " + column + ")" : ""),
                List.of(Problem.Issue.at("", line, column, problem)));
    }
}
