package dev.softdelete.benchmarks.relations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that times each transaction run on it, from {@code setAutoCommit(false)} to the return
 * of {@code commit()}, and each statement executed in it: how the purge harness sees the lock time of
 * each batch, which both the repository and the hand-written purge run as a transaction of its own,
 * and which statement of a batch takes that time. A transaction rolled back is not recorded. The proxy
 * costs a reflective call per JDBC call, the same for both contenders and every size.
 */
final class TimedTransactions {
  /** One execution: its SQL, the rows it changed (-1 for a query) and how long it took. */
  record Execution(String sql, int updated, long nanos) {
    double millis() {
      return nanos / 1e6;
    }
  }

  /** One committed transaction: how long it held its locks, and the statements it ran. */
  record Transaction(long nanos, List<Execution> executions) {
    double millis() {
      return nanos / 1e6;
    }

    int statements() {
      return executions.size();
    }
  }

  private final List<Transaction> transactions = new ArrayList<>();
  private final List<Execution> executions = new ArrayList<>();
  private final Connection connection;
  private long start = -1;

  TimedTransactions(Connection target) {
    this.connection = proxy(Connection.class, target, (method, args) -> {
      String name = method.getName();
      if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
        start = System.nanoTime();
        executions.clear();
      } else if (name.equals("rollback") && (args == null || args.length == 0)) {
        start = -1;
      }
      Object result = invoke(target, method, args);
      if (name.equals("commit") && start >= 0) {
        transactions.add(new Transaction(System.nanoTime() - start, List.copyOf(executions)));
        start = -1;
      } else if (result instanceof PreparedStatement statement && name.equals("prepareStatement")) {
        return timed(PreparedStatement.class, statement, (String) args[0]);
      } else if (result instanceof Statement statement && name.equals("createStatement")) {
        return timed(Statement.class, statement, null);
      }
      return result;
    });
  }

  Connection connection() {
    return connection;
  }

  /** The transactions committed since the last call, which forgets them. */
  List<Transaction> drain() {
    List<Transaction> drained = List.copyOf(transactions);
    transactions.clear();
    return drained;
  }

  /** Times the executions of a statement; a plain statement's SQL is its execute method's argument. */
  private <T extends Statement> T timed(Class<T> type, T statement, String prepared) {
    return proxy(type, statement, (method, args) -> {
      boolean execution = method.getName().startsWith("execute");
      long begin = System.nanoTime();
      Object result = invoke(statement, method, args);
      if (execution && start >= 0) {
        String sql = prepared != null ? prepared : (String) args[0];
        executions.add(new Execution(sql, result instanceof Integer n ? n : -1, System.nanoTime() - begin));
      }
      return result;
    });
  }

  private interface Call {
    Object call(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> call.call(method, args);
    return type.cast(Proxy.newProxyInstance(TimedTransactions.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
