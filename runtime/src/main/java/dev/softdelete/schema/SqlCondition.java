package dev.softdelete.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small reader of the SQL expressions that catalogs hold: CHECK clauses, partial-index predicates,
 * SQL Server index filters, Oracle index expressions and column defaults. {@link SchemaVerifier}
 * evaluates them over a handful of rows (a live row, dead rows, a row with a NULL key column) in
 * three-valued logic, so that it judges a CHECK or an index by what it does, not by how it is spelled
 * or named: {@code live IS NULL OR live = TRUE}, {@code [live] IS NULL OR [live]=(1)}, {@code live <>
 * FALSE} and {@code live IN (1)} all forbid FALSE.
 *
 * <p>It understands column names (quoted with {@code "}, {@code `} or {@code []}, or qualified by a
 * table), numbers, TRUE, FALSE, NULL, string literals, parentheses, {@code = <> != < > <= >=}, {@code
 * IS [NOT] NULL/TRUE/FALSE/UNKNOWN}, {@code IS [NOT] DISTINCT FROM}, {@code [NOT] IN (...)}, {@code
 * AND}, {@code OR}, {@code NOT}, searched {@code CASE WHEN ... THEN ... [ELSE ...] END}, and
 * PostgreSQL's {@code ::type} casts (ignored). Anything else (functions, arithmetic, LIKE, BETWEEN,
 * CAST) makes the expression {@linkplain Unreadable unreadable}, and so does comparing a value it
 * does not know, such as a timestamp, with anything but NULL.
 */
final class SqlCondition {
  private final Node root;
  private final Set<String> columns;

  private SqlCondition(Node root, Set<String> columns) {
    this.root = root;
    this.columns = columns;
  }

  /**
   * Parses an expression.
   *
   * @throws Unreadable if it uses SQL that this reader does not understand
   */
  static SqlCondition parse(String sql) {
    Parser parser = new Parser(tokenize(sql));
    Node root = parser.expression();
    parser.expectEnd();
    return new SqlCondition(root, Set.copyOf(parser.columns));
  }

  /** Whether the SQL names this column (lower case), even where the expression is unreadable. */
  static boolean mentions(String sql, String column) {
    try {
      for (Token token : tokenize(sql)) {
        if (token.type == TokenType.IDENTIFIER && token.text.equals(column)) {
          return true;
        }
      }
      return false;
    } catch (Unreadable e) {
      // Not inside a longer name: "live" is not in "alive".
      return Pattern.compile("(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])")
          .matcher(sql.toLowerCase(Locale.ROOT))
          .find();
    }
  }

  /** The columns the expression names, in lower case. */
  Set<String> columns() {
    return columns;
  }

  /**
   * The value of the expression in a row that has these columns (lower-case names) and values.
   *
   * @throws Unreadable if the expression names another column, or compares a value it cannot
   */
  Value evaluate(Map<String, Value> row) {
    return root.evaluate(row);
  }

  /** TRUE, FALSE or, for UNKNOWN, null: the outcome of the expression as a condition. */
  Boolean test(Map<String, Value> row) {
    return evaluate(row).truth();
  }

  /** The SQL is beyond this reader, or cannot be evaluated over the rows it is given. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A value in a row: NULL, a number (TRUE is 1 and FALSE 0, as in MySQL, SQLite, SQL Server and
   * Oracle), or an opaque value that is only ever equal to itself (a key column's value, a
   * timestamp, a string).
   */
  static final class Value {
    static final Value NULL = new Value(null, null);
    static final Value TRUE = number(BigDecimal.ONE);
    static final Value FALSE = number(BigDecimal.ZERO);

    private final BigDecimal number;
    private final String opaque;

    private Value(BigDecimal number, String opaque) {
      this.number = number;
      this.opaque = opaque;
    }

    static Value number(BigDecimal number) {
      return new Value(Objects.requireNonNull(number), null);
    }

    /** A non-NULL value that equals only another opaque value with the same tag. */
    static Value opaque(String tag) {
      return new Value(null, Objects.requireNonNull(tag));
    }

    static Value of(Boolean truth) {
      return truth == null ? NULL : truth ? TRUE : FALSE;
    }

    boolean isNull() {
      return number == null && opaque == null;
    }

    /** Whether this is the number 1, which is TRUE. */
    boolean isOne() {
      return number != null && number.compareTo(BigDecimal.ONE) == 0;
    }

    /** As a condition: nonzero numbers are TRUE, zero FALSE, NULL unknown. */
    Boolean truth() {
      if (isNull()) {
        return null;
      }
      if (number == null) {
        throw new Unreadable("a value that is not a truth value is used as a condition");
      }
      return number.signum() != 0;
    }

    /** SQL's IS NOT DISTINCT FROM: equal, or both NULL. */
    boolean sameAs(Value other) {
      if (isNull() || other.isNull()) {
        return isNull() && other.isNull();
      }
      return compare(other) == 0;
    }

    /** Compares two non-NULL values; opaque values only to other opaque values, for equality. */
    int compare(Value other) {
      if (number != null && other.number != null) {
        return number.compareTo(other.number);
      }
      if (opaque != null && other.opaque != null) {
        return opaque.equals(other.opaque) ? 0 : Integer.MIN_VALUE;
      }
      throw new Unreadable("a comparison between a number and another kind of value");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value
          && Objects.equals(
              number == null ? null : number.stripTrailingZeros(),
              ((Value) o).number == null ? null : ((Value) o).number.stripTrailingZeros())
          && Objects.equals(opaque, ((Value) o).opaque);
    }

    @Override
    public int hashCode() {
      return Objects.hash(number == null ? null : number.stripTrailingZeros(), opaque);
    }

    @Override
    public String toString() {
      return isNull() ? "NULL" : number != null ? number.toPlainString() : "<" + opaque + ">";
    }
  }

  // ----- Tokens -------------------------------------------------------------------------------------

  enum TokenType {
    IDENTIFIER,
    KEYWORD,
    NUMBER,
    STRING,
    SYMBOL
  }

  /** A token; identifiers and keywords in lower case, and where it is in the text. */
  static final class Token {
    final TokenType type;
    final String text;
    final int start;
    final int end;

    Token(TokenType type, String text, int start, int end) {
      this.type = type;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    boolean is(String symbolOrKeyword) {
      return (type == TokenType.SYMBOL || type == TokenType.KEYWORD) && text.equals(symbolOrKeyword);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "not", "is", "null", "true", "false", "unknown", "in", "case", "when", "then",
          "else", "end", "distinct", "from", "check", "constraint", "where", "on", "collate", "asc",
          "desc", "between", "like", "cast", "create", "unique", "index", "if", "exists");

  /**
   * Splits SQL into tokens. Quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}) become
   * identifiers, in lower case like unquoted ones; comments are skipped.
   */
  static List<Token> tokenize(String sql) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && isIdentifierPart(sql.charAt(i))) {
          i++;
        }
        String word = sql.substring(start, i).toLowerCase(Locale.ROOT);
        tokens.add(
            new Token(KEYWORDS.contains(word) ? TokenType.KEYWORD : TokenType.IDENTIFIER, word, start, i));
      } else if (c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int start = i;
        StringBuilder name = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new Unreadable("an unterminated quoted identifier");
          }
          char d = sql.charAt(i);
          if (d == close) {
            if (close != ']' && i + 1 < n && sql.charAt(i + 1) == close) {
              name.append(close);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          name.append(d);
          i++;
        }
        tokens.add(
            new Token(TokenType.IDENTIFIER, name.toString().toLowerCase(Locale.ROOT), start, i));
      } else if (c == '\'') {
        int start = i;
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new Unreadable("an unterminated string literal");
          }
          char d = sql.charAt(i);
          if (d == '\'') {
            if (i + 1 < n && sql.charAt(i + 1) == '\'') {
              text.append('\'');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          text.append(d);
          i++;
        }
        tokens.add(new Token(TokenType.STRING, text.toString(), start, i));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
        int start = i;
        while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
          int exponent = i + 1;
          if (exponent < n && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
            exponent++;
          }
          if (exponent < n && Character.isDigit(sql.charAt(exponent))) {
            i = exponent;
            while (i < n && Character.isDigit(sql.charAt(i))) {
              i++;
            }
          }
        }
        tokens.add(new Token(TokenType.NUMBER, sql.substring(start, i), start, i));
      } else {
        int start = i;
        String two = i + 1 < n ? sql.substring(i, i + 2) : "";
        if (two.equals("<>") || two.equals("!=") || two.equals("<=") || two.equals(">=")
            || two.equals("::") || two.equals("||")) {
          i += 2;
          tokens.add(new Token(TokenType.SYMBOL, two.equals("!=") ? "<>" : two, start, i));
        } else {
          i++;
          tokens.add(new Token(TokenType.SYMBOL, String.valueOf(c), start, i));
        }
      }
    }
    return tokens;
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
  }

  // ----- Parser -------------------------------------------------------------------------------------

  /** An expression node; evaluates to a value. */
  private interface Node {
    Value evaluate(Map<String, Value> row);
  }

  private static final class Parser {
    private final List<Token> tokens;
    private final Set<String> columns = new LinkedHashSet<>();
    private int at;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    void expectEnd() {
      if (at < tokens.size()) {
        throw new Unreadable("unexpected '" + tokens.get(at) + "'");
      }
    }

    private Token peek() {
      return at < tokens.size() ? tokens.get(at) : null;
    }

    private boolean accept(String symbolOrKeyword) {
      Token token = peek();
      if (token != null && token.is(symbolOrKeyword)) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(String symbolOrKeyword) {
      if (!accept(symbolOrKeyword)) {
        Token token = peek();
        throw new Unreadable(
            "expected '" + symbolOrKeyword + "' but found " + (token == null ? "the end" : "'" + token + "'"));
      }
    }

    Node expression() {
      Node left = conjunction();
      while (accept("or")) {
        Node l = left;
        Node r = conjunction();
        left = row -> {
          Boolean a = l.evaluate(row).truth();
          Boolean b = r.evaluate(row).truth();
          if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Value.TRUE;
          }
          return a == null || b == null ? Value.NULL : Value.FALSE;
        };
      }
      return left;
    }

    private Node conjunction() {
      Node left = negation();
      while (accept("and")) {
        Node l = left;
        Node r = negation();
        left = row -> {
          Boolean a = l.evaluate(row).truth();
          Boolean b = r.evaluate(row).truth();
          if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Value.FALSE;
          }
          return a == null || b == null ? Value.NULL : Value.TRUE;
        };
      }
      return left;
    }

    private Node negation() {
      if (accept("not")) {
        Node operand = negation();
        return row -> {
          Boolean a = operand.evaluate(row).truth();
          return a == null ? Value.NULL : Value.of(!a);
        };
      }
      return predicate();
    }

    /**
     * An operand with comparisons, IS and IN after it, applied from left to right (MySQL writes {@code
     * `live` is null = 1} for {@code (live IS NULL) = 1}).
     */
    private Node predicate() {
      Node node = primary();
      while (true) {
        Node next = postfix(node);
        if (next == null) {
          return node;
        }
        node = next;
      }
    }

    /** The operand with the comparison, IS or IN that follows it, or null if none follows. */
    private Node postfix(Node left) {
      Token token = peek();
      if (token == null) {
        return null;
      }
      if (accept("is")) {
        boolean not = accept("not");
        Node test;
        if (accept("null")) {
          test = row -> Value.of(left.evaluate(row).isNull());
        } else if (accept("true")) {
          test = row -> Value.of(Boolean.TRUE.equals(left.evaluate(row).truth()));
        } else if (accept("false")) {
          test = row -> Value.of(Boolean.FALSE.equals(left.evaluate(row).truth()));
        } else if (accept("unknown")) {
          test = row -> Value.of(left.evaluate(row).truth() == null);
        } else if (accept("distinct")) {
          expect("from");
          Node right = primary();
          test = row -> Value.of(!left.evaluate(row).sameAs(right.evaluate(row)));
        } else {
          throw new Unreadable("unexpected IS " + peek());
        }
        return not ? row -> Value.of(!test.evaluate(row).isOne()) : test;
      }
      if (token.type == TokenType.SYMBOL) {
        String op = token.text;
        if (op.equals("=") || op.equals("<>") || op.equals("<") || op.equals(">") || op.equals("<=")
            || op.equals(">=")) {
          at++;
          Node right = primary();
          return row -> compare(op, left.evaluate(row), right.evaluate(row));
        }
      }
      boolean notIn = false;
      if (token.is("not") && at + 1 < tokens.size() && tokens.get(at + 1).is("in")) {
        at++;
        notIn = true;
      }
      if (accept("in")) {
        expect("(");
        List<Node> items = new ArrayList<>();
        do {
          items.add(expression());
        } while (accept(","));
        expect(")");
        boolean negate = notIn;
        return row -> {
          Value value = left.evaluate(row);
          Boolean found = in(value, items, row);
          return found == null ? Value.NULL : Value.of(negate != found);
        };
      }
      return null;
    }

    private static Boolean in(Value value, List<Node> items, Map<String, Value> row) {
      if (value.isNull()) {
        return null;
      }
      boolean unknown = false;
      for (Node item : items) {
        Value v = item.evaluate(row);
        if (v.isNull()) {
          unknown = true;
        } else if (value.compare(v) == 0) {
          return true;
        }
      }
      return unknown ? null : false;
    }

    private static Value compare(String op, Value a, Value b) {
      if (a.isNull() || b.isNull()) {
        return Value.NULL;
      }
      int c = a.compare(b);
      if (c == Integer.MIN_VALUE) {
        // Two different opaque values: only equality can be told.
        switch (op) {
          case "=":
            return Value.FALSE;
          case "<>":
            return Value.TRUE;
          default:
            throw new Unreadable("an ordering of values that are not numbers");
        }
      }
      switch (op) {
        case "=":
          return Value.of(c == 0);
        case "<>":
          return Value.of(c != 0);
        case "<":
          return Value.of(c < 0);
        case ">":
          return Value.of(c > 0);
        case "<=":
          return Value.of(c <= 0);
        default:
          return Value.of(c >= 0);
      }
    }

    private Node primary() {
      Token token = peek();
      if (token == null) {
        throw new Unreadable("the expression ends early");
      }
      Node node;
      if (accept("(")) {
        node = expression();
        expect(")");
      } else if (token.type == TokenType.NUMBER) {
        at++;
        Value value = Value.number(number(token.text));
        node = row -> value;
      } else if (token.is("-") && at + 1 < tokens.size() && tokens.get(at + 1).type == TokenType.NUMBER) {
        at += 2;
        Value value = Value.number(number(tokens.get(at - 1).text).negate());
        node = row -> value;
      } else if (token.type == TokenType.STRING) {
        at++;
        Value value = Value.opaque("'" + token.text + "'");
        node = row -> value;
      } else if (accept("true")) {
        node = row -> Value.TRUE;
      } else if (accept("false")) {
        node = row -> Value.FALSE;
      } else if (accept("null")) {
        node = row -> Value.NULL;
      } else if (accept("case")) {
        node = caseExpression();
      } else if (token.type == TokenType.IDENTIFIER) {
        at++;
        String name = token.text;
        while (peek() != null && peek().is(".")) {
          at++;
          Token part = peek();
          if (part == null || part.type != TokenType.IDENTIFIER) {
            throw new Unreadable("a qualified name that does not end in a column");
          }
          at++;
          name = part.text;
        }
        if (peek() != null && peek().is("(")) {
          throw new Unreadable("a call of function " + name);
        }
        String column = name;
        columns.add(column);
        node = row -> {
          Value value = row.get(column);
          if (value == null) {
            throw new Unreadable("column " + column + " has no value here");
          }
          return value;
        };
      } else {
        throw new Unreadable("unexpected '" + token + "'");
      }
      while (accept("::")) {
        skipTypeName();
      }
      return node;
    }

    private static BigDecimal number(String text) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new Unreadable("a malformed number " + text);
      }
    }

    /** A PostgreSQL type name after {@code ::}: {@code integer}, {@code timestamp with time zone}... */
    private void skipTypeName() {
      Token type = peek();
      if (type == null || type.type != TokenType.IDENTIFIER) {
        throw new Unreadable("a cast to an unreadable type");
      }
      at++;
      while (peek() != null
          && peek().type == TokenType.IDENTIFIER
          && Set.of("with", "without", "time", "zone", "varying", "precision").contains(peek().text)) {
        at++;
      }
      if (accept("(")) {
        while (peek() != null && !peek().is(")")) {
          at++;
        }
        expect(")");
      }
    }

    private Node caseExpression() {
      if (peek() != null && !peek().is("when")) {
        throw new Unreadable("a simple CASE (only CASE WHEN is read)");
      }
      List<Node> conditions = new ArrayList<>();
      List<Node> results = new ArrayList<>();
      while (accept("when")) {
        conditions.add(expression());
        expect("then");
        results.add(expression());
      }
      Node otherwise = accept("else") ? expression() : row -> Value.NULL;
      expect("end");
      return row -> {
        for (int i = 0; i < conditions.size(); i++) {
          if (Boolean.TRUE.equals(conditions.get(i).evaluate(row).truth())) {
            return results.get(i).evaluate(row);
          }
        }
        return otherwise.evaluate(row);
      };
    }
  }
}
