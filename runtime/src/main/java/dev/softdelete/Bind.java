package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@code :name} parameter of a {@link Query} that a method parameter binds, when it differs
 * from the parameter's own name. Parameter names are read from the source at compile time, so {@code
 * -parameters} is not needed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Bind {
  /** The name used after the colon in the SQL. */
  String value();
}
