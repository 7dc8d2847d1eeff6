package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional component of type {@code Instant} or {@code OffsetDateTime} that mirrors the
 * deleted-at column: null for live rows, the deletion time for deleted rows. It is read-only: insert and
 * update ignore it, and {@link SoftDeleteRepository#insert} returns the entity with it set to null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface DeletedAt {}
