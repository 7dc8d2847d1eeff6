package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dev.softdelete.benchmarks.scaling.ExplainPlans;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One JMH run on one database: every benchmark that has a {@code db} parameter runs with that
 * database only. For PostgreSQL one embedded server is started here and its URL handed to every fork,
 * so that the forks do not each run initdb; they each work in their own schema.
 *
 * <p>With {@code --plans FILE} first, it writes the plans of the scaling and page queries ({@link
 * ExplainPlans}) to FILE before the run, on the same server: the forks then reuse its large tables.
 *
 * <pre>java -cp benchmarks.jar dev.softdelete.benchmarks.compare.RunOnDatabase postgresql [--plans FILE] [JMH options]</pre>
 */
public final class RunOnDatabase {
  private RunOnDatabase() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: RunOnDatabase h2|postgresql [JMH options]");
    }
    Database db = Database.valueOf(args[0].toUpperCase(Locale.ROOT));
    int first = 1;
    Path plans = null;
    if (args.length > 2 && args[1].equals("--plans")) {
      plans = Path.of(args[2]);
      first = 3;
    }
    String[] jmhArgs = Arrays.copyOfRange(args, first, args.length);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(new CommandLineOptions(jmhArgs));
    options.param("db", db.name());
    // The forks get the temporary directory of this JVM (under target/ when run by run-compare.sh).
    String tmp = "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir");
    if (db == Database.POSTGRESQL) {
      EmbeddedPostgres postgres = Database.startPostgres();
      String url = postgres.getJdbcUrl("postgres", "postgres");
      System.setProperty(Database.POSTGRES_URL, url);
      options.jvmArgsPrepend(tmp, "-D" + Database.POSTGRES_URL + "=" + url);
    } else {
      options.jvmArgsPrepend(tmp);
    }
    if (plans != null) {
      try (PrintStream out = new PrintStream(Files.newOutputStream(plans), true, StandardCharsets.UTF_8)) {
        ExplainPlans.print(db, out);
      }
    }
    Options built = options.build();
    new Runner(built).run();
  }
}
