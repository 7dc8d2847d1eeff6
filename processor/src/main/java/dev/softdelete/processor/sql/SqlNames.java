package dev.softdelete.processor.sql;

import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.IndexModel;
import dev.softdelete.processor.model.UniqueKeyModel;

/**
 * The names of an entity's keys and indexes, which the generated {@code TableDefinition} and the
 * validator need beside the DDL; {@link DdlNames} forms them, and every other constraint name.
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

  /**
   * {@code ix_articles_author_id} for {@code @Index long authorId}; {@code
   * ix_articles_author_published} for an index named "author_published".
   */
  public String index(IndexModel index) {
    return DdlNames.index(entity.table(), index.name());
  }

  /** {@code ix_articles_live}: the generated index over (live, id). */
  public String liveIndex() {
    return DdlNames.index(entity.table(), entity.liveColumn());
  }

  /** {@code ix_articles_deleted_at}: the generated index over deleted-at. */
  public String deletedAtIndex() {
    return DdlNames.index(entity.table(), entity.deletedAtColumn());
  }

  /** {@code ix_orders_deletion_id}: the index over the deletion column of an entity in a relation. */
  public String deletionIndex() {
    return DdlNames.index(entity.table(), entity.deletionColumn().orElseThrow());
  }

  /** {@code ix_orders_customer_id}: the index over a reference component's column. */
  public String referenceIndex(Component reference) {
    return DdlNames.index(entity.table(), reference.column());
  }

  /** {@code fk_orders_customer_id}: the FOREIGN KEY of a reference component. */
  public String foreignKey(Component reference) {
    return DdlNames.foreignKey(entity.table(), reference.column());
  }
}
