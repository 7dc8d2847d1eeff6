package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.collection;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs rendered SQL on H2, to show that the renderer writes valid SQL and that the scopes select
 * the rows they say. Authors 1 (live) and 2 (dead); articles 10 and 11 of author 1, 12 of author 2;
 * 11 is dead.
 */
class RenderedSqlOnH2Test {
  private Connection connection;

  @BeforeEach
  void createBlog() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:");
    try (Statement s = connection.createStatement()) {
      for (String table :
          List.of(
              "authors (id BIGINT PRIMARY KEY, email VARCHAR(100), name VARCHAR(100),",
              "articles (id BIGINT PRIMARY KEY, author_id BIGINT, title VARCHAR(100), status"
                  + " VARCHAR(20), published_at TIMESTAMP WITH TIME ZONE,")) {
        s.execute(
            "CREATE TABLE "
                + table
                + " live BOOLEAN DEFAULT TRUE,"
                + " deleted_at TIMESTAMP WITH TIME ZONE, CHECK (live IS NULL OR live = TRUE))");
      }
      s.execute("CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(20))");
      s.execute(
          "INSERT INTO authors (id, email, name) VALUES (1, 'ann@x', 'Ann'), (2, 'bob@x', 'Bob')");
      s.execute("UPDATE authors SET live = NULL, deleted_at = CURRENT_TIMESTAMP WHERE id = 2");
      s.execute(
          "INSERT INTO articles (id, author_id, title, status, published_at) VALUES"
              + " (10, 1, 'First', 'draft', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00'),"
              + " (11, 1, 'Second', 'draft', TIMESTAMP WITH TIME ZONE '2024-02-01 00:00:00+00'),"
              + " (12, 2, 'Third', 'draft', TIMESTAMP WITH TIME ZONE '2024-03-01 00:00:00+00')");
      s.execute("UPDATE articles SET live = NULL, deleted_at = CURRENT_TIMESTAMP WHERE id = 11");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** Runs the H2 SQL of the query with the arguments in bind order; returns the first column. */
  private List<Object> run(AnalysedQuery q, Object... arguments) throws SQLException {
    RenderedSql rendered = q.sql(Dialect.H2);
    List<Integer> sizes = new ArrayList<>();
    List<Object> binds = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      if (q.bindOrder().get(i).collection()) {
        sizes.add(((Collection<?>) arguments[i]).size());
        binds.addAll((Collection<?>) arguments[i]);
      } else {
        binds.add(arguments[i]);
      }
    }
    String sql = rendered.expand(sizes.stream().mapToInt(Integer::intValue).toArray());
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < binds.size(); i++) {
        ps.setObject(i + 1, binds.get(i));
      }
      List<Object> values = new ArrayList<>();
      if (q.kind() != QueryKind.SELECT) {
        values.add(ps.executeUpdate());
        return values;
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getObject(1));
        }
      }
      return values;
    }
  }

  @Test
  void joinOfLiveArticlesToLiveAuthors() throws SQLException {
    AnalysedQuery q =
        accepted(
            "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id WHERE {alive"
                + " a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC",
            param("email"));
    assertThat(run(q, "ann@x")).containsExactly(10L);
    assertThat(run(q, "bob@x")).isEmpty();
  }

  @Test
  void deadAndAnyScopes() throws SQLException {
    assertThat(run(accepted("SELECT a.id FROM articles a WHERE {dead a} ORDER BY a.id")))
        .containsExactly(11L);
    assertThat(run(accepted("SELECT a.id FROM articles a WHERE {any a} ORDER BY a.id")))
        .containsExactly(10L, 11L, 12L);
  }

  @Test
  void collectionAndSubqueryAndUnion() throws SQLException {
    AnalysedQuery q =
        accepted(
            "SELECT a.id FROM articles a WHERE {alive a} AND a.id IN (:ids) AND a.author_id IN"
                + " (SELECT u.id FROM authors u WHERE {dead u})"
                + " UNION SELECT b.id FROM articles b WHERE {dead b} AND b.status = :s ORDER BY 1",
            collection("ids"),
            param("s"));
    assertThat(run(q, List.of(10L, 11L, 12L), "draft")).containsExactly(11L, 12L);
  }

  @Test
  void withQueryAndExists() throws SQLException {
    AnalysedQuery q =
        accepted(
            "WITH live_authors AS (SELECT u.id, u.name FROM authors u WHERE {alive u})"
                + " SELECT l.name FROM live_authors l WHERE EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.author_id = l.id AND {dead a})");
    assertThat(run(q)).containsExactly("Ann");
  }

  @Test
  void leftJoinScopedInItsOn() throws SQLException {
    AnalysedQuery q =
        accepted(
            "SELECT u.name, COUNT(a.id) AS n FROM authors u LEFT JOIN articles a ON a.author_id ="
                + " u.id AND {alive a} WHERE {any u} GROUP BY u.name ORDER BY u.name");
    assertThat(run(q)).containsExactly("Ann", "Bob");
  }

  @Test
  void updateAndDeleteOfOneScope() throws SQLException {
    AnalysedQuery archive =
        accepted(
            "UPDATE articles SET status = :s WHERE author_id = :a AND {alive}",
            param("a"),
            param("s"));
    assertThat(run(archive, "archived", 1L)).containsExactly(1);
    AnalysedQuery purge =
        accepted("DELETE FROM articles WHERE {dead} AND id IN (:ids)", collection("ids"));
    assertThat(run(purge, List.of(10L, 11L))).containsExactly(1);
    assertThat(run(accepted("SELECT a.status FROM articles a WHERE {any a} ORDER BY a.id")))
        .containsExactly("archived", "draft");
  }

  @Test
  void insertStartsLive() throws SQLException {
    AnalysedQuery insert =
        accepted(
            "INSERT INTO articles (id, author_id, title) VALUES (:id, 1, :t)",
            param("id"),
            param("t"));
    assertThat(run(insert, 13L, "Fourth")).containsExactly(1);
    assertThat(run(accepted("SELECT a.title FROM articles a WHERE {alive a} AND a.id = 13")))
        .containsExactly("Fourth");
  }
}
