package dev.softdelete.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor. */
final class Compilations {
  /** The imports every {@link #entity} source starts with. */
  private static final String HEADER =
      """
      package test;

      import dev.softdelete.*;
      import java.math.BigDecimal;
      import java.time.*;
      import java.util.*;

      """;

  private Compilations() {}

  /** javac with a new {@link SoftDeleteProcessor}. */
  static Compiler javac() {
    return Compiler.javac().withProcessors(new SoftDeleteProcessor());
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /**
   * A source file {@code test/<simpleName>.java}: package {@code test}, imports of {@code
   * dev.softdelete.*}, {@code java.time.*}, {@code java.util.*} and {@code BigDecimal}, then the given
   * declarations.
   */
  static JavaFileObject entity(String simpleName, String declarations) {
    return JavaFileObjects.forSourceString("test." + simpleName, HEADER + declarations);
  }
}
