package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.JavaType;

/**
 * How generated code binds a component to a statement parameter and reads it from a result column:
 * the plain JDBC method where one call does it on every database; a {@code Jdbc} helper where NULL
 * needs a second call; the dialect's {@code Codecs} for times, UUIDs and decimals, which databases
 * store differently.
 */
final class Columns {
  static final ClassName JDBC = ClassName.get("dev.softdelete.internal", "Jdbc");
  static final ClassName CODECS = ClassName.get("dev.softdelete.internal", "Codecs");

  private Columns() {}

  /** Where a component's values go: to the statement, through the dialect's codecs, or a helper. */
  private enum Route {
    STATEMENT,
    CODECS,
    JDBC_HELPER
  }

  private static Route route(Component component) {
    if (component.primitive()) {
      return Route.STATEMENT;
    }
    return switch (component.kind()) {
      case STRING, BYTES -> Route.STATEMENT;
      case BIG_DECIMAL, UUID, INSTANT, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_DATE_TIME -> Route.CODECS;
      default -> Route.JDBC_HELPER;
    };
  }

  /**
   * A statement binding {@code value} to parameter {@code index} of {@code statement}; {@code codecs}
   * is an expression for the dialect's codecs.
   */
  static CodeBlock bind(
      Component component, String statement, CodeBlock index, CodeBlock value, String codecs) {
    String suffix = suffix(component);
    return switch (route(component)) {
      case STATEMENT -> CodeBlock.of("$L.set$L($L, $L)", statement, suffix, index, value);
      case CODECS -> CodeBlock.of("$L.set$L($L, $L, $L)", codecs, suffix, statement, index, value);
      case JDBC_HELPER -> CodeBlock.of("$T.set$L($L, $L, $L)", JDBC, suffix, statement, index, value);
    };
  }

  /** An expression reading column {@code index} of {@code rs} as the component's type. */
  static CodeBlock read(Component component, String rs, CodeBlock index, String codecs) {
    String suffix = suffix(component);
    return switch (route(component)) {
      case STATEMENT -> CodeBlock.of("$L.get$L($L)", rs, suffix, index);
      case CODECS -> CodeBlock.of("$L.get$L($L, $L)", codecs, suffix, rs, index);
      case JDBC_HELPER ->
          component.kind() == JavaType.ENUM
              ? CodeBlock.of("$T.getEnum($L, $L, $T::valueOf)", JDBC, rs, index, component.type())
              : CodeBlock.of("$T.get$L($L, $L)", JDBC, suffix, rs, index);
    };
  }

  /** The JDBC method suffix: {@code setLong}, {@code getString}, {@code codecs.getInstant}... */
  private static String suffix(Component component) {
    return switch (component.kind()) {
      case STRING -> "String";
      case BOOLEAN -> "Boolean";
      case SHORT -> "Short";
      case INT -> "Int";
      case LONG -> "Long";
      case FLOAT -> "Float";
      case DOUBLE -> "Double";
      case BIG_DECIMAL -> "BigDecimal";
      case UUID -> "Uuid";
      case INSTANT -> "Instant";
      case OFFSET_DATE_TIME -> "OffsetDateTime";
      case LOCAL_DATE -> "LocalDate";
      case LOCAL_DATE_TIME -> "LocalDateTime";
      case ENUM -> "Enum";
      case BYTES -> "Bytes";
    };
  }
}
