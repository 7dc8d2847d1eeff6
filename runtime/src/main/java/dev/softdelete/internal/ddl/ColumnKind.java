package dev.softdelete.internal.ddl;

/** What a column holds, as far as its type in the DDL is concerned: one per supported Java type. */
public enum ColumnKind {
  STRING,
  BOOLEAN,
  SHORT,
  INT,
  LONG,
  FLOAT,
  DOUBLE,
  BIG_DECIMAL,
  UUID,
  INSTANT,
  OFFSET_DATE_TIME,
  LOCAL_DATE,
  LOCAL_DATE_TIME,
  /** An enum, stored by name. */
  ENUM,
  /** {@code byte[]}. */
  BYTES
}
