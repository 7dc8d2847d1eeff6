package dev.softdelete.processor.query.sql;

import dev.softdelete.Dialect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Checks the SQL of a {@code @Query} and renders it for every dialect. The SQL is read with
 * JSqlParser, a real SQL parser, rather than with patterns, because the rule it enforces is about
 * the statement's structure: which SELECT reads a table, and whether a scope is a condition of that
 * SELECT's WHERE or of an ON that restricts the table. The parser only reads; what runs is the
 * user's own text with the placeholders and parameters substituted.
 *
 * <p>The steps, each in a class of its own: {@link SqlScanner} finds the placeholders and
 * parameters outside literals and comments; {@link ParseText} turns them into markers the parser
 * accepts; {@link SqlParsing} parses; {@link TreeWalker} finds every SELECT, UPDATE, DELETE and
 * INSERT ({@link Frame}) and every table read; {@link Placeholders} resolves each placeholder's
 * alias; {@link ScopeCheck}, {@link WriteCheck} and {@link ParameterCheck} find the problems;
 * {@link Renderer} and {@link ResultShape} describe a query that has none.
 */
public final class QuerySqlAnalyser {
  private static final Pattern FIRST_WORD =
      Pattern.compile("(?:\\s|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*([A-Za-z]+)", Pattern.DOTALL);

  private QuerySqlAnalyser() {}

  /**
   * Checks and renders one query.
   *
   * @param sql the SQL of the {@code @Query}, as written
   * @param tables the soft-delete entities' tables known to the compilation
   * @param parameters the method's parameters that the SQL may bind, by the names it uses
   * @return every problem, or the analysed query
   */
  public static QueryAnalysis analyse(
      String sql, List<SoftDeleteTable> tables, List<QueryParameter> parameters) {
    SqlScanner.Scan scan = SqlScanner.scan(sql);
    ParseText text = new ParseText(sql, scan.spans());
    List<QueryProblem> problems = new ArrayList<>(scan.problems());
    SqlParsing.Outcome parsed = SqlParsing.parse(text);
    if (parsed.problem() != null) {
      problems.add(parsed.problem());
      return QueryAnalysis.rejected(problems);
    }
    Statement statement = parsed.statement();
    Optional<QueryKind> kind = kind(statement);
    if (kind.isEmpty()) {
      problems.add(QueryProblem.of(QueryProblemKind.UNSUPPORTED_STATEMENT, firstWord(sql)));
      return QueryAnalysis.rejected(problems);
    }
    Catalog catalog = new Catalog(tables);
    Tree tree = TreeWalker.walk(statement, catalog, text);
    Placeholders placeholders = new Placeholders(scan.spans(), tree, text);
    problems.addAll(placeholders.problems());
    problems.addAll(ScopeCheck.check(tree, placeholders, catalog));
    problems.addAll(WriteCheck.check(tree, catalog));
    problems.addAll(ParameterCheck.check(text, tree, parameters));
    if (!problems.isEmpty()) {
      return QueryAnalysis.rejected(problems);
    }
    return QueryAnalysis.accepted(
        analysed(kind.get(), statement, scan, text, placeholders, parameters));
  }

  private static AnalysedQuery analysed(
      QueryKind kind,
      Statement statement,
      SqlScanner.Scan scan,
      ParseText text,
      Placeholders placeholders,
      List<QueryParameter> parameters) {
    Map<String, QueryParameter> byName = ParameterCheck.byName(parameters);
    Map<Dialect, RenderedSql> sql = new EnumMap<>(Dialect.class);
    for (Dialect dialect : Dialect.values()) {
      sql.put(
          dialect,
          Renderer.render(text.original(), scan.spans(), placeholders.resolved(), byName, dialect));
    }
    List<QueryParameter> bindOrder = new ArrayList<>();
    for (Span span : scan.spans()) {
      if (span instanceof Span.Parameter p) {
        bindOrder.add(byName.get(p.name()));
      }
    }
    ResultShape shape = new ResultShape(text, placeholders.resolved());
    boolean select = kind == QueryKind.SELECT;
    return new AnalysedQuery(
        kind,
        bindOrder,
        sql,
        select ? shape.columns(statement) : List.of(),
        select ? shape.entity(statement) : Optional.empty());
  }

  private static Optional<QueryKind> kind(Statement statement) {
    if (statement instanceof Select) {
      return Optional.of(QueryKind.SELECT);
    }
    if (statement instanceof Update) {
      return Optional.of(QueryKind.UPDATE);
    }
    if (statement instanceof Delete) {
      return Optional.of(QueryKind.DELETE);
    }
    if (statement instanceof Insert) {
      return Optional.of(QueryKind.INSERT);
    }
    return Optional.empty();
  }

  /** For messages: {@code a MERGE statement}. */
  private static String firstWord(String sql) {
    Matcher m = FIRST_WORD.matcher(sql);
    return m.lookingAt()
        ? "a " + m.group(1).toUpperCase(java.util.Locale.ROOT) + " statement"
        : "another statement";
  }
}
