package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type the softdelete processor generated. Class retention, so that coverage tools (JaCoCo skips
 * classes annotated with an annotation whose name contains "Generated") leave generated code out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SoftDeleteGenerated {}
