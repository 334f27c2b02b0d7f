package org.raciplanner.matrix;

/** The matrix version as an HTTP entity tag: {@code "7"}; {@code W/"7"} and a bare {@code 7} are read too. */
final class MatrixEtag {

    private MatrixEtag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static Long parse(String header) {
        String s = header.strip();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        s = s.replace("\"", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
