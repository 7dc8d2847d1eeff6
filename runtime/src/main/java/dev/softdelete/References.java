package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that holds the id of a row of another {@link SoftDeleteEntity}, its parent:
 * {@code @References(value = Author.class, onSoftDelete = CASCADE) long authorId}.
 *
 * <p>The reference becomes a FOREIGN KEY to the parent's id, with an index on the column. A live row
 * never references a dead parent: soft-deleting the parent cascades to its live children or is
 * refused ({@link #onSoftDelete()}); restoring or inserting a child of a dead parent is refused;
 * hard deletes and purges remove dead children with, and before, their parents. A nullable component
 * may be null: the row then has no parent. The parent may be the entity itself (a tree), and
 * references may form cycles; both must be compiled in the same compilation as this entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface References {
  /** The parent entity: a {@link SoftDeleteEntity} record whose {@code @Id} has this component's type. */
  Class<?> value();

  /** What soft-deleting the parent does to this entity's live rows that reference it. */
  OnSoftDelete onSoftDelete() default OnSoftDelete.RESTRICT;
}
