package org.raciplanner.planfile;

import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML plan file into a {@link Tree}, safe against hostile files: SnakeYAML only composes
 * the file into nodes (nothing is constructed, so no tag can make it build an object), any tag
 * beyond YAML's plain types is refused, aliases to collections are few and their expansion is
 * bounded by the file's own length (an alias bomb is refused, not expanded), nesting is bounded,
 * and a file larger than the limit is not read at all.
 */
final class YamlTree {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 40;
    /** Nodes a file may expand to beyond its own length: room for a few honest aliases, none for a bomb. */
    private static final int SPARE_NODES = 10_000;
    private static final Set<Tag> SCALARS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);

    private final List<Problem.Issue> issues = new ArrayList<>();
    private final Map<Node, Boolean> open = new IdentityHashMap<>();
    private final long maxNodes;
    private long nodes;

    private YamlTree(long maxNodes) {
        this.maxNodes = maxNodes;
    }

    /** The file's one document; 400 naming the line and column when it is not well-formed or not allowed. */
    static Tree read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(text.length(), 1));
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw malformed(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem());
        } catch (YAMLException e) {
            throw malformed(0, 0, e.getMessage());
        }
        if (root == null) {
            throw malformed(1, 1, "the file is empty");
        }
        YamlTree reader = new YamlTree(text.length() + (long) SPARE_NODES);
        Tree tree = reader.convert(root, "");
        if (!reader.issues.isEmpty()) {
            throw ApiException.badRequest("The YAML file uses what a plan file may not; nothing was changed", reader.issues);
        }
        return tree;
    }

    static ApiException malformed(int line, int column, String problem) {
        return ApiException.badRequest("The file is not well-formed YAML: " + problem.strip()
                        + (line > 0 ? " (line " + line + ", column " + column + ")" : ""),
                List.of(Problem.Issue.at("", line, column, problem.strip())));
    }

    private Tree convert(Node node, String pointer) {
        Tree.Where at = new Tree.Where(pointer, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        if (++nodes > maxNodes) {
            throw ApiException.badRequest("The YAML file expands to more than " + maxNodes + " values through its aliases;"
                    + " nothing was changed", List.of(issue(at, "an alias expands too far (an alias bomb?)")));
        }
        if (open.containsKey(node)) {
            issues.add(issue(at, "an alias refers to a node that contains it"));
            return new Tree.Scalar(Tree.Type.NULL, "", at);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, at);
        }
        Tag expected = node instanceof MappingNode ? Tag.MAP : Tag.SEQ;
        if (!node.getTag().equals(expected)) {
            issues.add(issue(at, "the tag " + node.getTag() + " is not allowed: a plan file holds plain mappings, lists and values"));
            return new Tree.Scalar(Tree.Type.NULL, "", at);
        }
        open.put(node, true);
        try {
            return node instanceof MappingNode mapping ? members(mapping, at) : items((SequenceNode) node, at);
        } finally {
            open.remove(node);
        }
    }

    private Tree members(MappingNode mapping, Tree.Where at) {
        List<Tree.Member> members = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            Tree.Where keyAt = new Tree.Where(at.pointer(), key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1);
            if (!(key instanceof ScalarNode name) || !SCALARS.contains(key.getTag())) {
                issues.add(issue(keyAt, "a key must be a plain value, not " + (key instanceof ScalarNode ? "tagged " + key.getTag() : "a collection")));
                continue;
            }
            String pointer = at.child(name.getValue());
            members.add(new Tree.Member(name.getValue(), new Tree.Where(pointer, keyAt.line(), keyAt.column()),
                    convert(tuple.getValueNode(), pointer)));
        }
        return new Tree.Members(members, at);
    }

    private Tree items(SequenceNode sequence, Tree.Where at) {
        List<Tree> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(convert(item, at.child(String.valueOf(items.size()))));
        }
        return new Tree.Items(items, at);
    }

    private Tree scalar(ScalarNode scalar, Tree.Where at) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        if (tag.equals(Tag.STR)) {
            return new Tree.Scalar(Tree.Type.TEXT, text, at);
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return new Tree.Scalar(Tree.Type.NUMBER, text.replace("_", ""), at);
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return new Tree.Scalar(Tree.Type.BOOLEAN, String.valueOf(lower.equals("true") || lower.equals("yes") || lower.equals("on")), at);
        }
        if (tag.equals(Tag.NULL)) {
            return new Tree.Scalar(Tree.Type.NULL, "", at);
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return new Tree.Scalar(Tree.Type.DATE, text, at);
        }
        issues.add(issue(at, "the tag " + tag + " is not allowed: a plan file holds plain mappings, lists and values"));
        return new Tree.Scalar(Tree.Type.NULL, "", at);
    }

    private static Problem.Issue issue(Tree.Where at, String message) {
        return Problem.Issue.at(at.shown(), at.line(), at.column(), message);
    }
}
