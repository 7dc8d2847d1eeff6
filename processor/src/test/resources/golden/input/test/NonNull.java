package test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Like JSpecify's: a type-use annotation that the processor recognises by its simple name. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
public @interface NonNull {}
