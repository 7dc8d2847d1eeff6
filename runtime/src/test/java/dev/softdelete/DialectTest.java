package dev.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void recognisesProductNamesIgnoringCase() {
    assertThat(Dialect.fromProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromProductName("h2")).contains(Dialect.H2);
    assertThat(Dialect.fromProductName("MariaDB")).contains(Dialect.MYSQL);
    assertThat(Dialect.fromProductName("Microsoft SQL Server")).contains(Dialect.SQLSERVER);
    assertThat(Dialect.fromProductName("Informix")).isEmpty();
  }

  @Test
  void detectsTheDialectOfAConnection() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:dialect");
    try (Handle handle = Jdbi.create(h2).open()) {
      assertThat(Dialect.of(handle.getConnection())).isEqualTo(Dialect.H2);
    }
  }

  @Test
  void anUnknownDatabaseIsRefusedByName() {
    assertThatThrownBy(() -> Dialect.of(FakeConnections.withProduct("Informix")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Informix");
  }

  @Test
  void idsNameTheResourceFolders() {
    assertThat(Dialect.H2.id()).isEqualTo("h2");
    assertThat(Dialect.POSTGRESQL.id()).isEqualTo("postgresql");
    assertThat(Dialect.fromId("SQLServer")).contains(Dialect.SQLSERVER);
    assertThat(Dialect.fromId("db2")).isEmpty();
  }
}
