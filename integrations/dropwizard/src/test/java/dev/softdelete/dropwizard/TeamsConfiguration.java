package dev.softdelete.dropwizard;

import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The test application's configuration: Dropwizard's server and one database. */
public final class TeamsConfiguration extends Configuration {
  @Valid @NotNull private DataSourceFactory database = new DataSourceFactory();

  public DataSourceFactory getDatabase() {
    return database;
  }

  public void setDatabase(DataSourceFactory database) {
    this.database = database;
  }
}
