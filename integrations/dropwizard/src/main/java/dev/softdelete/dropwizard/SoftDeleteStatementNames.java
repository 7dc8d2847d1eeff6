package dev.softdelete.dropwizard;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jdbi3.strategies.DefaultNameStrategy;
import com.codahale.metrics.jdbi3.strategies.DelegatingStatementNameStrategy;
import com.codahale.metrics.jdbi3.strategies.SmartNameStrategy;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Names the metrics timer of each generated statement after its repository and method, such as {@code
 * com.example.UserRepository.findById}, as Dropwizard names a SqlObject method's. Pass it to the factory:
 * {@code new JdbiFactory(new SoftDeleteStatementNames()).build(environment, dataSourceFactory, "database")}.
 *
 * <p>Why it is needed: the generated repositories call no proxied method, so Jdbi's statement context has no extension
 * method for metrics-jdbi3's {@link SmartNameStrategy} to read, and every generated statement would fall into one
 * timer, {@code sql.raw}. Instead they name each statement with two context attributes, {@value #GROUP} (the
 * repository interface) and {@value #NAME} (the method), the names metrics' Jdbi 2 {@code ContextNameStrategy} read;
 * metrics-jdbi3 has no strategy for them, so this is it. Every other statement is named as {@code SmartNameStrategy}
 * names it.
 */
public final class SoftDeleteStatementNames extends DelegatingStatementNameStrategy {
  /** The statement context attribute that holds the repository interface's qualified name. */
  public static final String GROUP = "_jdbi_statement_group";

  /** The statement context attribute that holds the repository method's name. */
  public static final String NAME = "_jdbi_statement_name";

  /** Our attributes first, then {@link SmartNameStrategy}'s strategies in its order. */
  public SoftDeleteStatementNames() {
    super(
        SoftDeleteStatementNames::fromAttributes,
        DefaultNameStrategy.CHECK_EMPTY,
        DefaultNameStrategy.SQL_OBJECT,
        DefaultNameStrategy.CONSTANT_SQL_RAW);
  }

  /** {@code group.name} when a generated statement set both attributes; null hands the statement on. */
  private static String fromAttributes(StatementContext context) {
    Object group = context.getAttribute(GROUP);
    Object name = context.getAttribute(NAME);
    if (group == null || name == null) {
      return null;
    }
    return MetricRegistry.name(group.toString(), name.toString());
  }
}
