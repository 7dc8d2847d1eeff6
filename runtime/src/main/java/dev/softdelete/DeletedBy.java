package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records who soft-deleted a row: on a component ({@code @DeletedBy String deletedBy}, or a {@code
 * Long}, {@code Integer} or {@code UUID} actor id), its column is set by {@code softDelete(id, actor)}
 * and {@code softDeleteAll(ids, actor)} of the generated repository, NULL for a live row (a CHECK keeps
 * it NULL whenever deleted-at is), cleared by a restore, and never written by insert or update. A
 * cascade carries the actor to the children it deletes that have a {@code @DeletedBy} component.
 *
 * <p>On the last parameter of a derived {@code softDelete…By} method of a {@link Repository}, it
 * passes the actor: {@code int softDeleteByCustomerId(long customerId, @DeletedBy String actor)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface DeletedBy {}
