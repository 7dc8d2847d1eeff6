package dev.softdelete.registry;

import dev.softdelete.TableDefinition;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * An entity record, its table and the constructor of its generated row mapper. Immutable; two
 * bindings are equal when they bind the same record.
 *
 * @param <E> the entity record
 */
public final class EntityBinding<E> {
  private final Class<E> type;
  private final TableDefinition table;
  private final Supplier<? extends RowMapper<E>> rowMapper;

  private EntityBinding(Class<E> type, TableDefinition table, Supplier<? extends RowMapper<E>> rowMapper) {
    this.type = Objects.requireNonNull(type, "type");
    this.table = Objects.requireNonNull(table, "table");
    this.rowMapper = Objects.requireNonNull(rowMapper, "rowMapper");
  }

  /**
   * As generated code writes it: {@code EntityBinding.of(User.class, UserSchema.DEFINITION,
   * UserRowMapper::new)}.
   */
  public static <E> EntityBinding<E> of(
      Class<E> type, TableDefinition table, Supplier<? extends RowMapper<E>> rowMapper) {
    return new EntityBinding<>(type, table, rowMapper);
  }

  /** The entity record. */
  public Class<E> type() {
    return type;
  }

  /** Its table, as the generated {@code XSchema.DEFINITION}. */
  public TableDefinition table() {
    return table;
  }

  /** A new generated row mapper for each call, as Jdbi's row mapper factories expect. */
  public RowMapper<E> rowMapper() {
    return Objects.requireNonNull(rowMapper.get(), "row mapper");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntityBinding<?> that && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "EntityBinding[" + type.getName() + " in " + table.table() + "]";
  }
}
