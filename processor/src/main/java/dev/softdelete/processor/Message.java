package dev.softdelete.processor;

/**
 * Every error the processor reports. Each says what is wrong and how to fix it. The README lists them
 * under Troubleshooting; keep the two in step.
 */
public enum Message {
  NOT_A_RECORD(
      "@SoftDeleteEntity applies to records, but %s is %s. Declare it as a record: `public record %s(@Id"
          + " Long id, ...)`."),
  GENERIC_RECORD(
      "@SoftDeleteEntity records cannot have type parameters, but %s declares <%s>. Give every"
          + " component a concrete type."),
  PRIVATE_RECORD(
      "%s is private, so the code generated beside it cannot construct it. Make it a top-level or"
          + " static nested record that is at least package-private."),
  NESTED_IN_PRIVATE_TYPE(
      "%s is nested in private type %s, so the code generated beside it cannot construct it. Make it"
          + " a top-level or static nested record that is at least package-private."),
  NO_ID(
      "%s has no @Id component. Annotate the primary key component with @Id, for example `@Id Long"
          + " id`."),
  MULTIPLE_IDS(
      "%s has more than one @Id component: %s. Keep @Id on exactly one; mark other unique components"
          + " @Unique."),
  UNSUPPORTED_TYPE(
      "Component `%s` has type %s, which softdelete cannot store in a column. Supported types: %s."),
  UNRESOLVED_TYPE(
      "The type of component `%s` (%s) could not be resolved. Check that it exists; if another"
          + " processor generates it, check that processor's errors."),
  UNSUPPORTED_ID_TYPE(
      "@Id component `%s` has type %s, which cannot be an id. Id types: %s."),
  ID_NOT_GENERATABLE(
      "@Id component `%s` has type %s, which the database cannot generate. Remove `generated = true`"
          + " and supply ids yourself, or use a Long id."),
  ID_ALSO_UNIQUE(
      "Component `%s` is the @Id, which is already unique across all rows. Remove @Unique."),
  DELETED_AT_TWICE(
      "%s has more than one @DeletedAt component: %s. Keep @DeletedAt on exactly one, the component"
          + " that mirrors the deleted-at column."),
  DELETED_AT_TYPE(
      "@DeletedAt component `%s` has type %s. Use Instant or OffsetDateTime: it mirrors the"
          + " deleted-at timestamp."),
  DELETED_AT_COMBINED(
      "@DeletedAt component `%s` cannot also be %s: it is a read-only mirror of the %s column. Remove"
          + " %s; to rename the column, set @SoftDeleteEntity(deletedAtColumn = \"...\")."),
  DELETED_BY_TWICE(
      "%s has more than one @DeletedBy component: %s. Keep @DeletedBy on exactly one, the component"
          + " that records who deleted the row."),
  DELETED_BY_TYPE(
      "@DeletedBy component `%s` has type %s. Use String, Long, Integer or UUID, boxed and without"
          + " @NonNull: it is NULL while the row is live."),
  DELETED_BY_COMBINED(
      "@DeletedBy component `%s` cannot also be %s: only soft deletes write it. Remove %s."),
  DELETED_BY_TYPES_DIFFER(
      "@DeletedBy component `%s` of %s is %s, but %s, which its soft deletes reach through references,"
          + " records its actor as %s. Give the @DeletedBy components of related entities one type."),
  DELETED_AT_IN_KEY(
      "@DeletedAt component `%s` cannot be part of @UniqueKey \"%s\": it is a read-only mirror of the"
          + " %s column. Remove it from the key."),
  DELETED_BY_IN_KEY(
      "@DeletedBy component `%s` cannot be part of @UniqueKey \"%s\": it is NULL in every live row, and"
          + " the key holds among live rows only. Remove it from the key."),
  NO_DATA_COLUMNS(
      "%s has nothing to insert or update: the @Id, @DeletedAt and @DeletedBy components are not written"
          + " as data. Add a component."),
  UNKNOWN_KEY_COMPONENT(
      "@UniqueKey \"%s\" names component \"%s\", which %s does not have. Its components are: %s."),
  EMPTY_KEY(
      "@UniqueKey \"%s\" names no components. List the record components that are unique together,"
          + " for example components = {\"orgId\", \"userId\"}."),
  REPEATED_KEY_COMPONENT(
      "@UniqueKey \"%s\" names component \"%s\" more than once. Name each component once."),
  DUPLICATE_KEY_NAME(
      "Two unique keys of %s are named \"%s\". Give the @UniqueKey another name."),
  KEY_IS_ID(
      "@UniqueKey \"%s\" is the @Id component `%s` alone, which is already unique across all rows."
          + " Remove the key."),
  DUPLICATE_INDEX_NAME(
      "Unique keys \"%s\" and \"%s\" would both be index %s. Give the @UniqueKey another name."),
  FINDER_IS_REPOSITORY_VERB(
      "Unique key \"%s\" would get the finder %s(...), which SoftDeleteRepository already declares."
          + " Rename one of the key's components."),
  FINDER_CLASH(
      "Unique keys \"%s\" and \"%s\" would both get the finder %s(...). Rename one of the key's"
          + " components."),
  DUPLICATE_KEY_COLUMNS(
      "Unique key \"%s\" has the same components as unique key \"%s\". Remove one of them."),
  UNKNOWN_INDEX_COMPONENT(
      "@Index \"%s\" names component \"%s\", which %s does not have. Did you mean \"%s\"? Its"
          + " components are: %s."),
  EMPTY_INDEX(
      "@Index \"%s\" names no components. List the record components to index, in the order queries"
          + " filter by them, for example components = {\"authorId\", \"publishedAt\"}."),
  REPEATED_INDEX_COMPONENT(
      "@Index \"%s\" names component \"%s\" more than once. Name each component once."),
  INDEX_NAME_MISSING(
      "The @Index over %s in @SoftDeleteEntity(indexes = ...) has no name. Name it, for example"
          + " name = \"%s\": the index is ix_%s_<name>."),
  INDEX_COMPONENTS_ON_COMPONENT(
      "@Index on component `%s` names components, but on a component it indexes that component"
          + " alone. Remove components = {...}, or declare the index in @SoftDeleteEntity(indexes ="
          + " @Index(name = \"...\", components = {...}))."),
  DUPLICATE_INDEX(
      "Indexes \"%s\" and \"%s\" would both be index %s. Give one of them another name with"
          + " @Index(name = \"...\")."),
  INDEX_NAME_TAKEN(
      "@Index \"%s\" would be index %s, which the generated DDL already creates over %s. Give the"
          + " @Index another name with @Index(name = \"...\")."),
  DUPLICATE_INDEX_COLUMNS(
      "@Index \"%s\" has the same components as @Index \"%s\", in the same order. Remove one of"
          + " them."),
  INDEX_IS_UNIQUE_KEY(
      "@Index \"%s\" has the same components as unique key \"%s\", whose unique index serves its"
          + " queries already. Remove the @Index."),
  INDEX_IS_ID(
      "@Index \"%s\" is the @Id component `%s` alone, which the primary key indexes already. Remove"
          + " the @Index."),
  DELETED_AT_IN_INDEX(
      "@Index \"%s\" includes @DeletedAt component `%s`, which mirrors the %s column: it is NULL in"
          + " every live row the index is for. Remove it from the index; the generated index %s"
          + " serves queries by deletion time."),
  DELETED_BY_IN_INDEX(
      "@Index \"%s\" includes @DeletedBy component `%s`, which is NULL in every live row the index is for."
          + " Remove it from the index."),
  DUPLICATE_COLUMN(
      "Components `%s` and `%s` both map to column \"%s\" (databases do not tell case apart in"
          + " unquoted names). Give one of them another name with @Column(\"...\")."),
  DUPLICATE_CONSTANT(
      "Components `%s` and `%s` would both be the constant %s in the generated %s.Columns. Rename"
          + " one of them."),
  COLUMN_IS_LIVE_COLUMN(
      "Component `%s` maps to column \"%s\", which is the live column. Rename the component's column"
          + " with @Column(\"...\"), or the live column with @SoftDeleteEntity(liveColumn = \"...\")."),
  COLUMN_IS_DELETED_AT_COLUMN(
      "Component `%s` maps to column \"%s\", which is the deleted-at column. Mark the component"
          + " @DeletedAt to read that column, rename its column with @Column(\"...\"), or rename the"
          + " deleted-at column with @SoftDeleteEntity(deletedAtColumn = \"...\")."),
  DUPLICATE_TABLE(
      "%s and %s both map to table \"%s\". Give each @SoftDeleteEntity its own table with"
          + " @SoftDeleteEntity(table = \"...\")."),
  LIVE_IS_DELETED_AT(
      "The live column and the deleted-at column are both named \"%s\". Give them different names."),
  NOT_AN_IDENTIFIER(
      "%s is not a plain SQL identifier. Use letters, digits and underscores, starting with a"
          + " letter or underscore ([A-Za-z_][A-Za-z0-9_]*)."),
  IDENTIFIER_TOO_LONG(
      "%s is %d characters long; PostgreSQL cuts names at %d, so the generated SQL would not"
          + " find it. Use a shorter name."),
  RESERVED_WORD(
      "%s is a reserved word in %s, so unquoted SQL cannot use it. Choose another name, for"
          + " example %s, or leave those databases out with the processor option"
          + " softdelete.dialects."),
  UNKNOWN_DIALECT(
      "The processor option %s names \"%s\", which is not a dialect. Use dialect ids separated by"
          + " commas: %s."),
  NO_DIALECT(
      "The processor option %s names no dialect. Use dialect ids separated by commas: %s; or leave"
          + " the option out for all of them."),
  INVALID_CLASS_NAME_OPTION(
      "The processor option %s is \"%s\", which is not a qualified Java class name. Name a class such as"
          + " com.example.%s, or leave the option out for the default name."),
  INVALID_SWITCH_OPTION(
      "The processor option %s is \"%s\"; use true or false, or leave the option out for %s."),
  REGISTRY_CANNOT_NAME(
      "%s is not public, so the registry %s, which lists every repository of the compilation for"
          + " SoftDeleteRegistry.load(), cannot name it from package %s. Make %s public (and the types it"
          + " is nested in), or keep the compilation's non-public entities and @Repository interfaces in"
          + " one package."),
  CANNOT_WRITE(
      "Cannot write %s for %s: %s. softdelete generates that file: if you declared a type with that"
          + " name, rename it."),
  // @References
  REFERENCE_NOT_ENTITY(
      "`%s` references %s, which is not a @SoftDeleteEntity record. Reference the entity whose id the"
          + " component holds, or remove @References."),
  REFERENCE_NOT_COMPILED_TOGETHER(
      "`%s` references %s, which is not compiled with %s. A parent's cascade is generated with the"
          + " parent, so it must know every child: compile both records in the same module."),
  REFERENCE_TYPE(
      "`%s` has type %s, but it references %s, whose @Id `%s` is %s. Declare the component as %s."),
  REFERENCE_ON_ID(
      "`%s` is the @Id; an id cannot reference another row. Add a separate component that holds the"
          + " parent's id and annotate it with @References."),
  REFERENCE_ON_DELETED_AT(
      "`%s` is the @DeletedAt component and cannot reference another row. Move @References to the"
          + " component that holds the parent's id."),
  REFERENCE_CYCLE_NOT_NULL(
      "`%s` is part of a cycle of references in which every component is non-null (%s): no first row"
          + " could ever be inserted, and no row could be deleted before the others. Make one reference"
          + " of the cycle nullable (a boxed type without @NonNull), so that a row can have no parent."),
  DELETION_COLUMN_TAKEN(
      "Component `%s` uses column `%s`, which %s needs for the id of the operation that deleted a row"
          + " (it references, or is referenced by, another entity). Name the column differently with"
          + " @Column."),
  PROCESSOR_FAILED(
      "The softdelete processor failed on %s. This is a bug in softdelete; please report it with this"
          + " trace:%n%s"),

  // @Repository interfaces
  REPOSITORY_NOT_INTERFACE(
      "@Repository applies to interfaces, but %s is %s. Declare it as `public interface %s extends"
          + " SoftDeleteRepository<Entity, Id>`."),
  REPOSITORY_GENERIC(
      "@Repository interfaces cannot have type parameters, but %s declares <%s>. Name the entity and"
          + " its id type instead: `extends SoftDeleteRepository<Article, Long>`."),
  REPOSITORY_PRIVATE(
      "%s is %s, so the class generated beside it cannot implement it. Make it a top-level or"
          + " static nested interface that is at least package-private."),
  REPOSITORY_WITHOUT_ENTITY(
      "%s does not extend SoftDeleteRepository<Entity, Id>, so it names no entity. Extend"
          + " `SoftDeleteRepository<Article, Long>` with your @SoftDeleteEntity record and its id type."),
  REPOSITORY_NOT_ENTITY(
      "%s extends SoftDeleteRepository<%s, ...>, but %s is not a @SoftDeleteEntity record. Name a"
          + " record annotated with @SoftDeleteEntity."),
  VERB_CLASH(
      "Method `%s` is named like the SoftDeleteRepository verb `%s` but does not override it, so it"
          + " would be a confusing overload. Rename it%s."),

  // Derived methods
  NAME_NO_VERB(
      "Method `%s` is neither a derived query nor a @Query method. Start its name with find, count,"
          + " exists, softDelete, restore or hardDelete and `By` (for example `findByAuthorId`),"
          + " annotate it with @Query, or give it a default body."),
  NAME_UNEXPECTED_SUBJECT(
      "Method `%s` has `%s` between `%s` and `By`; only Dead, Any and First or First<N> may stand"
          + " there. Remove it."),
  NAME_MISPLACED_WORD(
      "Method `%s` puts `%s` after `%s`, which does not take it: Dead and Any follow find, count and"
          + " exists (Dead also hardDelete), First follows find. Remove it."),
  NAME_NO_CRITERIA(
      "Method `%s` has no criteria after `By`. Name at least one component, for example `%sBy%s`;"
          + " a find may instead order every row in scope with `findByOrderBy<Component>`."),
  NAME_UNKNOWN_COMPONENT(
      "Method `%s` names `%s`, which is not a component of %s. %s"),
  NAME_UNREADABLE(
      "Method `%s` cannot be read from `%s` on. After `By` write components, each followed by an"
          + " optional operator (Not, In, NotIn, LessThan, LessThanEqual, GreaterThan,"
          + " GreaterThanEqual, Between, Before, After, Null, NotNull, True, False, Like, StartsWith,"
          + " EndsWith, Contains) and IgnoreCase, joined by And or Or, then optionally OrderBy."),
  ORDER_NOT_FIND(
      "Method `%s` has OrderBy, but only find returns rows in an order. Remove the OrderBy part."),
  OPERATOR_TYPE(
      "Method `%s` applies %s to `%s`, which is %s; %s needs %s. Use another operator or component."),
  PARAMETER_COUNT(
      "Method `%s` takes %d parameter(s) for its criteria, but its name needs %d: %s. Declare one"
          + " parameter per value, in the order of the name%s."),
  PARAMETER_TYPE(
      "Parameter `%s` of `%s` is %s, but %s needs %s. Declare it as %s."),
  DELETED_BY_PARAMETER(
      "Parameter `%s` of `%s` is marked @DeletedBy, but %s. Mark only the last parameter of a"
          + " softDelete…By method, with the type of the entity's @DeletedBy component, or remove @DeletedBy."),
  LIMIT_MISPLACED(
      "Parameter `%s` of `%s` is a Limit, which only the last parameter of a find returning List or"
          + " Stream without First may be. Remove it, or move it to the end."),
  RETURN_TYPE(
      "Method `%s` returns %s, but %s returns %s. Change the return type."),
  OPTIONAL_MANY(
      "Method `%s` returns Optional, but several rows can match: %s. Return List<%s>, or use"
          + " find%sFirstBy…."),
  ROW_TYPE(
      "Method `%s` returns rows of %s, which is neither %s nor a record. Return %s, or a record whose"
          + " components are named like components of %s."),
  PROJECTION_COMPONENT(
      "Record %s, which `%s` returns, has component `%s`, which %s does not have. %sName projection"
          + " components like the entity's: %s."),
  PROJECTION_TYPE(
      "Record %s, which `%s` returns, has component `%s` of type %s, but %s.%s is %s. Declare it as"
          + " %s."),

  // @Query methods
  QUERY_INVALID("@Query of `%s`: %s"),
  QUERY_RESULT(
      "@Query of `%s` returns %s, but %s. %s"),
  QUERY_PARAMETER_TYPE(
      "Parameter `%s` of `%s` is %s, which a @Query cannot bind. Bind a supported type (%s), or a"
          + " Collection of one for `IN (:%s)`.");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  String format(Object... args) {
    return String.format(format, args);
  }

  /** The text with its {@code %s} placeholders, as {@link #format} fills them in. */
  String template() {
    return format;
  }
}
