package dev.softdelete.processor.model;

import java.util.Arrays;
import java.util.Optional;

/** The Java types a component may have, each stored in one column. */
public enum JavaType {
  STRING("java.lang.String", null),
  BOOLEAN("java.lang.Boolean", "boolean"),
  SHORT("java.lang.Short", "short"),
  INT("java.lang.Integer", "int"),
  LONG("java.lang.Long", "long"),
  FLOAT("java.lang.Float", "float"),
  DOUBLE("java.lang.Double", "double"),
  BIG_DECIMAL("java.math.BigDecimal", null),
  UUID("java.util.UUID", null),
  INSTANT("java.time.Instant", null),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null),
  LOCAL_DATE("java.time.LocalDate", null),
  LOCAL_DATE_TIME("java.time.LocalDateTime", null),
  /** Any enum, stored by name. */
  ENUM(null, null),
  BYTES(null, null);

  private final String boxed;
  private final String primitive;

  JavaType(String boxed, String primitive) {
    this.boxed = boxed;
    this.primitive = primitive;
  }

  /** The type of a declared (class) type by qualified name, for the non-enum kinds. */
  public static Optional<JavaType> ofQualifiedName(String qualifiedName) {
    return Arrays.stream(values()).filter(t -> qualifiedName.equals(t.boxed)).findFirst();
  }

  /** The type of a primitive by its keyword. */
  public static Optional<JavaType> ofPrimitive(String keyword) {
    return Arrays.stream(values()).filter(t -> keyword.equals(t.primitive)).findFirst();
  }

  /** Whether the database generates ids of this type. */
  public boolean isIntegral() {
    return this == INT || this == LONG;
  }

  /** Whether this type may be an id. */
  public boolean canBeId() {
    return isIntegral() || this == UUID || this == STRING;
  }

  /** The supported types as users write them, for messages. */
  public static String supportedList() {
    return "String, boolean/Boolean, short/Short, int/Integer, long/Long, float/Float, double/Double,"
        + " BigDecimal, UUID, Instant, OffsetDateTime, LocalDate, LocalDateTime, byte[] and enums";
  }

  /** The id types as users write them, for messages. */
  public static String idTypeList() {
    return "Long, long, Integer, int, UUID and String";
  }
}
