package dev.softdelete.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that records every prepared statement it executes, with the count it returned, so
 * that a test can assert how many statements a verb ran and what each did, without timing it.
 */
final class StatementLog {
  /** One execution: the statement's SQL and the update count it returned (-1 for a query). */
  record Execution(String sql, int updated) {}

  private final List<Execution> executions = new ArrayList<>();

  /** The connection, recording the executions of the statements prepared on it. */
  Connection wrap(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
        return preparedStatement(statement, (String) args[0]);
      }
      return result;
    });
  }

  /** The executions since the last {@link #clear()}. */
  synchronized List<Execution> executions() {
    return List.copyOf(executions);
  }

  synchronized void clear() {
    executions.clear();
  }

  private PreparedStatement preparedStatement(PreparedStatement statement, String sql) {
    return proxy(PreparedStatement.class, statement, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (method.getName().startsWith("execute") && (args == null || args.length == 0)) {
        synchronized (this) {
          executions.add(new Execution(sql, updated((PreparedStatement) target, result)));
        }
      }
      return result;
    });
  }

  /**
   * The count an execute method returned: executeUpdate's, or after execute (which Jdbi's pipeline
   * calls) the statement's update count; -1 for a query.
   */
  private static int updated(PreparedStatement statement, Object result) throws SQLException {
    if (result instanceof Integer updated) {
      return updated;
    }
    if (Boolean.FALSE.equals(result)) {
      return statement.getUpdateCount();
    }
    return -1;
  }

  private interface Call {
    Object call(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> call.call(target, method, args);
    return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
