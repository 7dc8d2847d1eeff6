package dev.softdelete.internal;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * {@code column IN (values)} and {@code column NOT IN (values)} for a collection of any size, as
 * one predicate of one statement, so that an ORDER BY, a limit, a count with OR criteria and a bulk
 * verb stay right and all or nothing. Whatever a dialect's limit on bind parameters (SQLite 32,766,
 * PostgreSQL and MariaDB 65,535, SQL Server 2,100, Oracle 1,000 per IN list), a list takes one
 * parameter (an array on PostgreSQL, a JSON array elsewhere), two for MySQL text, and none on H2,
 * where the values are written into the statement; {@link InListSql} says why each.
 *
 * <p>The processor renders {@link #predicate} into the statement at compile time. At run time, the
 * generated code holds {@link #of} its dialect, passes the statement through {@link #expand} once
 * per In list, in the order of the lists in the statement (only H2 changes it), prepares it, and
 * calls {@link #bind} at the list's place among the parameters, which returns the index of the next
 * one:
 *
 * <pre>{@code
 * String text = in.expand(sql.findByAuthorIdInAndStatus, ColumnKind.LONG, authorIds);
 * try (PreparedStatement statement = statements.prepare(text)) {
 *   int index = in.bind(statement, 1, ColumnKind.LONG, authorIds);
 *   statement.setString(index++, status);
 *   // ...
 * }
 * }</pre>
 *
 * <p><b>Empty collections</b> are valid: IN matches no row and NOT IN every row, NULLs included, as
 * in SQL. A caller whose In list is ANDed with the whole condition can answer without a round trip;
 * one whose list is ORed with other criteria must run the statement. <b>Null elements</b> are
 * refused with a NullPointerException: IN never matches NULL, and one NULL would make NOT IN match
 * nothing. A row whose column is NULL is matched by neither IN nor NOT IN a non-empty list. Values
 * compare as {@link Codecs} binds them: times at microsecond precision, instants and offset
 * date-times as the instant, text in the column's collation.
 */
public final class InLists {
  private static final InLists[] BY_DIALECT = new InLists[Dialect.values().length];

  static {
    for (Dialect dialect : Dialect.values()) {
      BY_DIALECT[dialect.ordinal()] = new InLists(dialect);
    }
  }

  private final Dialect dialect;

  private InLists(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The In lists of a dialect, for binding at run time. */
  public static InLists of(Dialect dialect) {
    return BY_DIALECT[dialect.ordinal()];
  }

  /** Whether a column of this kind can be tested against an In list. */
  public static boolean supports(ColumnKind kind) {
    return switch (kind) {
      case SHORT, INT, LONG, BIG_DECIMAL, STRING, ENUM, UUID -> true;
      case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_DATE_TIME -> true;
      case BOOLEAN, FLOAT, DOUBLE, BYTES -> false;
    };
  }

  /**
   * The predicate of a column against a list, with the list's parameters: for {@code author_id} of
   * kind LONG on PostgreSQL, {@code author_id = ANY(?)}.
   *
   * @param column the column as the statement names it, qualified or not
   * @throws IllegalArgumentException if the kind is not {@linkplain #supports supported}
   */
  public static String predicate(Dialect dialect, String column, ColumnKind kind, boolean negated) {
    if (!supports(kind)) {
      throw new IllegalArgumentException("No In list of " + kind);
    }
    return InListSql.predicate(dialect, column, kind, negated);
  }

  /**
   * The statement to prepare: on H2, {@code sql} with its first In list's place filled with the
   * values' literals; elsewhere {@code sql} itself.
   *
   * @throws NullPointerException on H2, if a value is null ({@link #bind} checks elsewhere)
   * @throws IllegalArgumentException on H2, if {@code sql} has no In list left to fill
   */
  public String expand(String sql, ColumnKind kind, Collection<?> values) {
    if (dialect != Dialect.H2) {
      return sql;
    }
    int at = InListSql.h2Literals(sql);
    if (at < 0) {
      throw new IllegalArgumentException("No In list left to expand in " + sql);
    }
    StringJoiner literals = new StringJoiner(", ");
    for (Object value : values) {
      literals.add(InValues.h2Literal(kind, value));
    }
    return sql.substring(0, at) + literals + sql.substring(at + InListSql.H2_LITERALS.length());
  }

  /**
   * Binds the values to the list's parameters, from {@code index}, and returns the index of the
   * next parameter: {@code index + 1}, {@code index + 2} for MySQL text, {@code index} on H2.
   *
   * @throws NullPointerException if a value is null
   */
  public int bind(PreparedStatement statement, int index, ColumnKind kind, Collection<?> values)
      throws SQLException {
    if (dialect == Dialect.H2) {
      return index;
    }
    List<String> texts = InValues.texts(dialect, kind, values);
    boolean numbers = InValues.isJsonNumber(dialect, kind);
    switch (dialect) {
      case POSTGRESQL -> {
        String type = InListSql.elementType(dialect, kind);
        statement.setArray(index, statement.getConnection().createArrayOf(type, texts.toArray()));
      }
      case MYSQL -> {
        if (InListSql.isText(kind)) {
          int limit = InListSql.MYSQL_SHORT_TEXT;
          statement.setString(index, JsonArrays.of(filter(texts, t -> t.length() <= limit), false));
          statement.setString(
              index + 1, JsonArrays.of(filter(texts, t -> t.length() > limit), false));
          return index + 2;
        }
        statement.setString(index, JsonArrays.of(texts, numbers));
      }
        // A CLOB: JSON_TABLE reads one, where a VARCHAR2 bind stops at 4,000 bytes (32,767
        // extended).
      case ORACLE -> {
        String json = JsonArrays.of(texts, numbers);
        statement.setClob(index, new StringReader(json), json.length());
      }
      default -> statement.setString(index, JsonArrays.of(texts, numbers));
    }
    return index + 1;
  }

  private static List<String> filter(List<String> texts, Predicate<String> test) {
    return texts.stream().filter(test).toList();
  }
}
