package org.raciplanner.spreadsheet;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * POI's writer of a streamed sheet's rows, writing the same XML faster. POI escapes text a code
 * point at a time into a {@link java.io.BufferedWriter}, taking its lock and allocating an array
 * for every character; in a large export that was the busiest code of all. This one copies runs
 * of plain characters at once into a buffer that takes no lock: a sheet's rows are only ever
 * written by one thread at a time.
 */
final class SheetXml extends SheetDataWriter {

    SheetXml() throws IOException {
        super();
    }

    @Override
    @SuppressWarnings("deprecation") // POI's only way to choose the writer of its temporary file
    public Writer createWriter(File file) throws IOException {
        return new Buffer(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
    }

    /** Exactly POI's escaping: markup and line breaks as entities, other controls and U+FFFE/U+FFFF as "?". */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = escaped(s.charAt(i));
            if (escaped != null) {
                _out.write(s, plain, i - plain);
                _out.write(escaped);
                plain = i + 1;
            }
        }
        _out.write(s, plain, s.length() - plain);
    }

    private static String escaped(char c) {
        if (c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE') {
            return null;
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> "?";
        };
    }

    /** A character buffer without a lock, in front of the writer that encodes to the file. */
    private static final class Buffer extends Writer {

        /**
         * Small: every sheet keeps its writer, and this buffer, until the workbook is written, a
         * thousand of them in a large team's workbook; the encoder behind it buffers 8 KB anyway.
         */
        private static final int CHARS = 2048;

        private final Writer out;
        private final char[] chars = new char[CHARS];
        private int used;
        private boolean closed;

        Buffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == chars.length) {
                drain();
            }
            chars[used++] = (char) c;
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            if (length > chars.length - used) {
                drain();
                if (length > chars.length) {
                    out.write(s, offset, length);
                    return;
                }
            }
            s.getChars(offset, offset + length, chars, used);
            used += length;
        }

        @Override
        public void write(char[] c, int offset, int length) throws IOException {
            if (length > chars.length - used) {
                drain();
                if (length > chars.length) {
                    out.write(c, offset, length);
                    return;
                }
            }
            System.arraycopy(c, offset, chars, used, length);
            used += length;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** POI closes a sheet's writer twice: once to read the rows back, once when the workbook is disposed. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                drain();
                out.close();
            }
        }

        private void drain() throws IOException {
            out.write(chars, 0, used);
            used = 0;
        }
    }
}
