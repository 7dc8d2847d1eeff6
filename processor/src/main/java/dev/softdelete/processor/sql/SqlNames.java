package dev.softdelete.processor.sql;

import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;

/**
 * The names of an entity's keys, which the generated {@code TableDefinition} and the validator need
 * beside the DDL; {@link DdlNames} forms them, and every other constraint and index name.
 */
public final class SqlNames {
  private final Entity entity;

  public SqlNames(Entity entity) {
    this.entity = entity;
  }

  public String primaryKey() {
    return DdlNames.primaryKey(entity.table());
  }

  /** {@code ux_users_email} for {@code @Unique email}; {@code ux_memberships_org_user} for a key "org_user". */
  public String uniqueIndex(UniqueKeyModel key) {
    String suffix =
        key.compound()
            ? key.name()
            : entity.component(key.name()).map(Component::column).orElse(key.name());
    return DdlNames.uniqueIndex(entity.table(), suffix);
  }
}
