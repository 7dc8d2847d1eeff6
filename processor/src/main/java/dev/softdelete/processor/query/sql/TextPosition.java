package dev.softdelete.processor.query.sql;

/** A place in the SQL text as people count it: line and column, both from 1. */
record TextPosition(int line, int column) {
  static TextPosition of(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, offset - lineStart + 1);
  }

  /** The offset of this position in the text, or the text's length past its end. */
  int offsetIn(String text) {
    int offset = 0;
    for (int l = 1; l < line && offset < text.length(); offset++) {
      if (text.charAt(offset) == '\n') {
        l++;
      }
    }
    return Math.min(text.length(), offset + column - 1);
  }
}
