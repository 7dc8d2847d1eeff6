package dev.softdelete.processor.sql;

import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.UniqueKeyModel;

/**
 * The names of an entity's constraints and indexes, each prefixed by its kind and the table, so that
 * they are unique in a schema and name their key in the database's error messages.
 */
public final class SqlNames {
  private final Entity entity;

  public SqlNames(Entity entity) {
    this.entity = entity;
  }

  public String primaryKey() {
    return Names.constraintName("pk", entity.table(), "");
  }

  public String liveCheck() {
    return Names.constraintName("ck", entity.table(), entity.liveColumn());
  }

  /** The CHECK on a column's values. */
  public String check(String column) {
    return Names.constraintName("ck", entity.table(), column);
  }

  public String deletedAtCheck() {
    return Names.constraintName("ck", entity.table(), entity.deletedAtColumn());
  }

  /** {@code ux_users_email} for {@code @Unique email}; {@code ux_memberships_org_user} for a key "org_user". */
  public String uniqueIndex(UniqueKeyModel key) {
    String suffix =
        key.compound()
            ? key.name()
            : entity.component(key.name()).map(Component::column).orElse(key.name());
    return Names.constraintName("ux", entity.table(), suffix);
  }

  public String liveIndex() {
    return Names.constraintName("ix", entity.table(), entity.liveColumn());
  }

  public String deletedAtIndex() {
    return Names.constraintName("ix", entity.table(), entity.deletedAtColumn());
  }
}
