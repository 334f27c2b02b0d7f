package org.raciplanner.planfile;

import java.util.List;

/**
 * A plan file read into plain values that remember where they stood: every node knows its JSON
 * pointer and, when the file said so, its line and column. JSON and YAML files are both read into
 * this, so one reader checks them and names every problem the same way.
 */
sealed interface Tree {

    Where at();

    /** Where a node stands: its JSON pointer into the document, and its line and column (1-based; 0 when not known). */
    record Where(String pointer, int line, int column) {

        static final Where ROOT = new Where("", 0, 0);

        /** The pointer of a member or item of this node (RFC 6901: '~' and '/' escaped). */
        String child(String name) {
            return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        }

        Where child(String name, int childLine, int childColumn) {
            return new Where(child(name), childLine, childColumn);
        }

        /** The pointer, or "the document" for the root, as a problem names it. */
        String shown() {
            return pointer.isEmpty() ? "/" : pointer;
        }
    }

    /** An object (a YAML mapping): its members in the order they were written, duplicates kept for the reader to name. */
    record Members(List<Member> members, Where at) implements Tree {
        public Members {
            members = List.copyOf(members);
        }
    }

    /** One member: the name as written and where it stood, and its value. */
    record Member(String name, Where nameAt, Tree value) {
    }

    record Items(List<Tree> items, Where at) implements Tree {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A scalar: its type as the file gave it, and its text as written ("40", "true", "2027-01-04"). */
    record Scalar(Type type, String text, Where at) implements Tree {
    }

    enum Type {
        TEXT, NUMBER, BOOLEAN, NULL, DATE;

        /** How a problem names a value of this type. */
        String described() {
            return switch (this) {
                case TEXT -> "a text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true or false";
                case NULL -> "null";
                case DATE -> "a date";
            };
        }
    }

    /** How a problem names the value a node holds. */
    static String describe(Tree node) {
        if (node instanceof Members) {
            return "an object";
        }
        if (node instanceof Items) {
            return "a list";
        }
        Scalar s = (Scalar) node;
        return s.type() == Type.NULL ? "null" : s.type() == Type.TEXT ? "\"" + abbreviate(s.text()) + "\"" : abbreviate(s.text());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
