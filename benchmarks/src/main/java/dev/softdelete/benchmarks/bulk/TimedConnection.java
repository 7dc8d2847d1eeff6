package dev.softdelete.benchmarks.bulk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that times every execution of the statements prepared on it: how the harness sees each
 * batch of a purge, which the repository runs in one call. The proxy costs a reflective call per JDBC
 * call, the same for every size, so it does not bend the growth it measures.
 */
final class TimedConnection {
  /** One execution: its SQL, its update count (-1 for a query or a batch) and how long it took. */
  record Execution(String sql, int updated, long nanos) {}

  private final List<Execution> executions = new ArrayList<>();
  private final Connection connection;

  TimedConnection(Connection target) {
    this.connection = proxy(Connection.class, target, (method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
        return timed(statement, (String) args[0]);
      }
      return result;
    });
  }

  Connection connection() {
    return connection;
  }

  /** The executions since the last call, which forgets them. */
  List<Execution> drain() {
    List<Execution> drained = List.copyOf(executions);
    executions.clear();
    return drained;
  }

  private PreparedStatement timed(PreparedStatement statement, String sql) {
    return proxy(PreparedStatement.class, statement, (method, args) -> {
      boolean execution = method.getName().startsWith("execute") && (args == null || args.length == 0);
      long start = System.nanoTime();
      Object result = invoke(statement, method, args);
      if (execution) {
        executions.add(new Execution(sql, result instanceof Integer n ? n : -1, System.nanoTime() - start));
      }
      return result;
    });
  }

  private interface Call {
    Object call(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> call.call(method, args);
    return type.cast(Proxy.newProxyInstance(TimedConnection.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
