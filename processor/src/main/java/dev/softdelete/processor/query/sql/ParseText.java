package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's SQL as the parser reads it: each placeholder replaced by a marker that parses where
 * the placeholder may stand, and each parameter by a numbered JDBC parameter. Scope placeholders
 * (and unknown ones, so that the rest still parses) become {@code softdelete_scope_N = 0}, a
 * condition; {@code {columns a}} becomes the column {@code softdelete_columns_N}, N being the
 * span's index. The n-th parameter, {@code :name} or a stray {@code ?}, becomes {@code ?n}, which
 * JSqlParser reads as a parameter with that fixed index, so that each parameter of the tree is
 * known without relying on the order in which the parser numbers them. Positions in this text map
 * back to the user's.
 */
final class ParseText {
  private static final String SCOPE = "softdelete_scope_";
  private static final String COLUMNS = "softdelete_columns_";
  private static final Pattern MARKER =
      Pattern.compile("softdelete_(?:scope|columns)_(\\d+)(?: = 0)?");
  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private final String original;
  private final List<Span> spans;
  private final String text;

  /** For each span: its start in {@link #text}, then its end there. */
  private final int[] parsePositions;

  ParseText(String original, List<Span> spans) {
    this.original = original;
    this.spans = List.copyOf(spans);
    this.parsePositions = new int[spans.size() * 2];
    StringBuilder sb = new StringBuilder();
    int at = 0;
    int parameter = 0;
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      sb.append(original, at, span.start());
      parsePositions[2 * i] = sb.length();
      if (span instanceof Span.Parameter || span instanceof Span.Positional) {
        parameter++;
        sb.append(' ').append('?').append(parameter).append(' ');
      } else {
        sb.append(marker(i, span));
      }
      parsePositions[2 * i + 1] = sb.length();
      at = span.end();
    }
    sb.append(original, at, original.length());
    this.text = sb.toString();
  }

  private static String marker(int index, Span span) {
    if (span instanceof Span.Placeholder p && !p.word().isScope()) {
      return COLUMNS + index;
    }
    return SCOPE + index + " = 0";
  }

  /** The user's text. */
  String original() {
    return original;
  }

  /** The text to parse. */
  String text() {
    return text;
  }

  /** The placeholder whose marker column is called {@code column}, if it is one. */
  Span.Placeholder placeholder(String column) {
    Matcher m = MARKER.matcher(column);
    if (!m.matches()) {
      return null;
    }
    int index = Integer.parseInt(m.group(1));
    return index < spans.size() && spans.get(index) instanceof Span.Placeholder p ? p : null;
  }

  /**
   * The parameter spans in text order, {@code :name} and stray {@code ?} alike: the parser's {@code
   * ?n} is element n - 1.
   */
  List<Span> parameters() {
    List<Span> parameters = new ArrayList<>();
    for (Span span : spans) {
      if (span instanceof Span.Parameter || span instanceof Span.Positional) {
        parameters.add(span);
      }
    }
    return parameters;
  }

  /** The offset in the user's text of an offset in the parsed text. */
  int originalOffset(int parseOffset) {
    int shift = 0;
    for (int i = 0; i < spans.size(); i++) {
      int start = parsePositions[2 * i];
      int end = parsePositions[2 * i + 1];
      if (parseOffset < start) {
        break;
      }
      if (parseOffset < end) {
        return spans.get(i).start();
      }
      shift = spans.get(i).end() - end;
    }
    return Math.min(original.length(), parseOffset + shift);
  }

  /**
   * The parser's words, or its printing of a node, with each marker and numbered parameter turned
   * back into what the user wrote.
   */
  String restore(String parserText) {
    Matcher m = MARKER.matcher(parserText);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      String written = index < spans.size() ? written(spans.get(index)) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(written));
    }
    m.appendTail(sb);
    List<Span> parameters = parameters();
    Matcher p = NUMBERED.matcher(sb.toString());
    StringBuilder restored = new StringBuilder();
    while (p.find()) {
      int number = Integer.parseInt(p.group(1));
      String written =
          number >= 1 && number <= parameters.size()
              ? written(parameters.get(number - 1))
              : p.group();
      p.appendReplacement(restored, Matcher.quoteReplacement(written));
    }
    p.appendTail(restored);
    return restored.toString();
  }

  private static String written(Span span) {
    if (span instanceof Span.Placeholder p) {
      return p.text();
    }
    if (span instanceof Span.Parameter p) {
      return ":" + p.name();
    }
    return span instanceof Span.Unknown u ? u.text() : "?";
  }
}
