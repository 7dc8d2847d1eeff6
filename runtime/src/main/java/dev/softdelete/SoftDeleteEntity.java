package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a soft-delete entity. At compile time the softdelete processor generates, in the
 * record's package, for a record {@code User}:
 *
 * <ul>
 *   <li>{@code UserRepository}, an interface extending {@link SoftDeleteRepository} with a finder per
 *       unique key;
 *   <li>{@code JdbiUserRepository}, its implementation on Jdbi;
 *   <li>{@code UserRowMapper}, a Jdbi row mapper that calls the record's constructor;
 *   <li>{@code UserSchema}, the table and column names, the live and dead predicates and the DDL;
 *   <li>the DDL as resources {@code META-INF/softdelete/<dialect>/<table>.sql}.
 * </ul>
 *
 * <p>Each row carries a live column that is TRUE while the row is live and NULL once it is soft-deleted
 * (never FALSE), and a deleted-at timestamp. Every unique key becomes a unique index over its columns
 * and the live column, so any number of deleted rows may share a key with exactly one live row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SoftDeleteEntity {
  /** The table name; by default the snake_case form of the record's simple name. */
  String table() default "";

  /** The column that is TRUE for live rows and NULL for deleted rows. */
  String liveColumn() default "live";

  /** The column stamped when a row is soft-deleted, NULL while it is live. */
  String deletedAtColumn() default "deleted_at";

  /** Compound unique keys. Single-column keys are simpler to declare with {@link Unique}. */
  UniqueKey[] uniqueKeys() default {};

  /**
   * Compound indexes for the queries users write; each needs a {@link Index#name()} and its {@link
   * Index#components()}. A single-column index is simpler to declare with {@link Index} on the
   * component.
   */
  Index[] indexes() default {};
}
