package dev.softdelete.processor.validation;

import dev.softdelete.Dialect;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks an {@link Entity} and reports every problem it finds, not only the first. An entity is
 * written only when this reports nothing for it.
 */
public final class EntityValidator {
  private final Set<Dialect> dialects;

  /** The records validated so far, by table name in lower case: two records cannot share a table. */
  private final Map<String, String> recordsByTable = new HashMap<>();

  /** @param dialects the dialects whose reserved words names must avoid */
  public EntityValidator(Set<Dialect> dialects) {
    this.dialects = dialects;
  }

  /** Every problem of the entity; a clean report means it may be written. */
  public ValidationReport validate(Entity entity) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    if (entity.kind() != ElementKind.RECORD) {
      report.error(
          entity.element(),
          Optional.of(entity.annotation()),
          Message.NOT_A_RECORD,
          entity.simpleName(),
          kindName(entity.kind()),
          entity.simpleName());
      return report.build();
    }
    if (entity.generic()) {
      report.error(
          entity.element(),
          Message.GENERIC_RECORD,
          entity.simpleName(),
          entity.element().getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString())
              .collect(Collectors.joining(", ")));
    }
    entity.privateType().ifPresent(
        privateType -> {
          if (privateType.equals(entity.simpleName())) {
            report.error(entity.element(), Message.PRIVATE_RECORD, entity.simpleName());
          } else {
            report.error(entity.element(), Message.NESTED_IN_PRIVATE_TYPE, entity.simpleName(), privateType);
          }
        });
    validateTableNames(report, entity);
    validateComponents(report, entity);
    validateColumns(report, entity);
    KeyValidator.validate(report, entity);
    IndexValidator.validate(report, entity);
    return report.build();
  }

  private static String kindName(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a class";
    };
  }

  private void validateTableNames(ValidationReport.Builder report, Entity entity) {
    Element type = entity.element();
    Optional<AnnotationMirror> annotation = Optional.of(entity.annotation());
    String table = entity.table();
    boolean explicit = entity.tableValue().isPresent();
    identifier(
        report,
        explicit
            ? "Table name \"" + table + "\""
            : "Table name \"" + table + "\" (the default, from the record's name)",
        table,
        type,
        annotation,
        entity.tableValue(),
        explicit ? "table = \"" + table + "s\"" : "@SoftDeleteEntity(table = \"" + table + "s\")");
    String record = entity.element().getQualifiedName().toString();
    String other = recordsByTable.putIfAbsent(table.toLowerCase(Locale.ROOT), record);
    if (other != null && !other.equals(record)) {
      report.error(
          type, annotation, entity.tableValue(), Message.DUPLICATE_TABLE, other, record, table);
    }
    identifier(
        report,
        "Live column name \"" + entity.liveColumn() + "\"",
        entity.liveColumn(),
        type,
        annotation,
        entity.liveColumnValue(),
        "liveColumn = \"is_live\"");
    identifier(
        report,
        "Deleted-at column name \"" + entity.deletedAtColumn() + "\"",
        entity.deletedAtColumn(),
        type,
        annotation,
        entity.deletedAtColumnValue(),
        "deletedAtColumn = \"removed_at\"");
    if (entity.liveColumn().equalsIgnoreCase(entity.deletedAtColumn())) {
      report.error(
          type,
          annotation,
          entity.deletedAtColumnValue().or(entity::liveColumnValue),
          Message.LIVE_IS_DELETED_AT,
          entity.liveColumn());
    }
  }

  private void validateComponents(ValidationReport.Builder report, Entity entity) {
    List<Component> ids = new ArrayList<>();
    List<Component> deletedAts = new ArrayList<>();
    for (Component component : entity.components()) {
      if (component.isId()) {
        ids.add(component);
      }
      if (component.isDeletedAt()) {
        deletedAts.add(component);
      }
      if (component.unresolved()) {
        report.error(
            component.element(), Message.UNRESOLVED_TYPE, component.name(), component.typeDisplay());
      } else if (component.javaType().isEmpty()
          && !component.isId()
          && !component.isDeletedAt()
          && !component.isDeletedBy()) {
        // The @Id, @DeletedAt and @DeletedBy checks report their own, narrower, type errors.
        report.error(
            component.element(),
            Message.UNSUPPORTED_TYPE,
            component.name(),
            component.typeDisplay(),
            JavaType.supportedList());
      }
    }
    if (ids.isEmpty()) {
      report.error(
          entity.element(), Optional.of(entity.annotation()), Message.NO_ID, entity.simpleName());
    }
    for (Component extra : ids.subList(Math.min(1, ids.size()), ids.size())) {
      report.error(
          extra.element(),
          extra.id(),
          Message.MULTIPLE_IDS,
          entity.simpleName(),
          ids.stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(", ")));
    }
    for (Component id : ids) {
      validateId(report, id);
    }
    for (Component extra : deletedAts.subList(Math.min(1, deletedAts.size()), deletedAts.size())) {
      report.error(
          extra.element(),
          extra.deletedAt(),
          Message.DELETED_AT_TWICE,
          entity.simpleName(),
          deletedAts.stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(", ")));
    }
    for (Component deletedAt : deletedAts) {
      // A component that is also @DeletedBy gets one error, that it is both, from the @DeletedBy check.
      if (!deletedAt.isDeletedBy()) {
        validateDeletedAt(report, entity, deletedAt);
      }
    }
    List<Component> deletedBys = entity.components().stream().filter(Component::isDeletedBy).toList();
    for (Component extra : deletedBys.subList(Math.min(1, deletedBys.size()), deletedBys.size())) {
      report.error(
          extra.element(),
          extra.deletedBy(),
          Message.DELETED_BY_TWICE,
          entity.simpleName(),
          deletedBys.stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(", ")));
    }
    for (Component deletedBy : deletedBys) {
      validateDeletedBy(report, deletedBy);
    }
    if (!ids.isEmpty() && entity.dataColumns().isEmpty()) {
      report.error(
          entity.element(),
          Optional.of(entity.annotation()),
          Message.NO_DATA_COLUMNS,
          entity.simpleName());
    }
  }

  private void validateId(ValidationReport.Builder report, Component id) {
    if (id.unresolved()) {
      return;
    }
    Optional<JavaType> type = id.javaType();
    if (type.isEmpty() || !type.get().canBeId()) {
      report.error(
          id.element(),
          id.id(),
          Message.UNSUPPORTED_ID_TYPE,
          id.name(),
          id.typeDisplay(),
          JavaType.idTypeList());
      return;
    }
    boolean explicitlyGenerated =
        id.idGeneratedValue().map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false);
    if (explicitlyGenerated && !type.get().isIntegral()) {
      report.error(
          id.element(),
          id.id(),
          id.idGeneratedValue(),
          Message.ID_NOT_GENERATABLE,
          id.name(),
          id.typeDisplay());
    }
    if (id.isUnique()) {
      report.error(id.element(), id.unique(), Message.ID_ALSO_UNIQUE, id.name());
    }
  }

  private void validateDeletedAt(ValidationReport.Builder report, Entity entity, Component deletedAt) {
    Optional<JavaType> type = deletedAt.javaType();
    if (!deletedAt.unresolved()
        && !type.equals(Optional.of(JavaType.INSTANT))
        && !type.equals(Optional.of(JavaType.OFFSET_DATE_TIME))) {
      report.error(
          deletedAt.element(),
          deletedAt.deletedAt(),
          Message.DELETED_AT_TYPE,
          deletedAt.name(),
          deletedAt.typeDisplay());
    }
    List<String> others = new ArrayList<>();
    if (deletedAt.isId()) {
      others.add("@Id");
    }
    if (deletedAt.isUnique()) {
      others.add("@Unique");
    }
    if (deletedAt.columnAnnotation().isPresent()) {
      others.add("@Column");
    }
    if (!others.isEmpty()) {
      String list = String.join(" and ", others);
      report.error(
          deletedAt.element(),
          deletedAt.deletedAt(),
          Message.DELETED_AT_COMBINED,
          deletedAt.name(),
          list,
          entity.deletedAtColumn(),
          list);
    }
  }

  /**
   * The type of a {@code @DeletedBy} component, and the annotations it cannot have. A key or an index
   * that names it is reported on the key or index, where the fix goes.
   */
  private void validateDeletedBy(ValidationReport.Builder report, Component deletedBy) {
    Optional<JavaType> type = deletedBy.javaType();
    boolean actorType =
        type.isPresent()
            && List.of(JavaType.STRING, JavaType.LONG, JavaType.INT, JavaType.UUID).contains(type.get());
    // An @Id or @DeletedAt component has type rules of its own: the error is that it is combined.
    boolean otherTypeRules = deletedBy.isId() || deletedBy.isDeletedAt();
    if (!deletedBy.unresolved() && !otherTypeRules && (!actorType || !deletedBy.nullable())) {
      report.error(
          deletedBy.element(),
          deletedBy.deletedBy(),
          Message.DELETED_BY_TYPE,
          deletedBy.name(),
          deletedBy.typeDisplay());
    }
    List<String> others = new ArrayList<>();
    if (deletedBy.isId()) {
      others.add("@Id");
    }
    if (deletedBy.isUnique()) {
      others.add("@Unique");
    }
    if (deletedBy.isDeletedAt()) {
      others.add("@DeletedAt");
    }
    if (deletedBy.isReference()) {
      others.add("@References");
    }
    if (!others.isEmpty()) {
      String list = String.join(" and ", others);
      report.error(
          deletedBy.element(), deletedBy.deletedBy(), Message.DELETED_BY_COMBINED, deletedBy.name(), list, list);
    }
  }

  private void validateColumns(ValidationReport.Builder report, Entity entity) {
    Map<String, Component> byColumn = new HashMap<>();
    Map<String, Component> byConstant = new HashMap<>();
    for (Component component : entity.columns()) {
      // userId and userID are two components, but one constant USER_ID of the generated Schema.
      String constant = Names.constantName(component.name());
      Component sameConstant = byConstant.putIfAbsent(constant, component);
      if (sameConstant != null) {
        report.error(
            component.element(),
            Message.DUPLICATE_CONSTANT,
            sameConstant.name(),
            component.name(),
            constant,
            entity.schema().simpleName());
      }
      String column = component.column();
      if (!identifier(
          report,
          "Column name \"" + column + "\" of component `" + component.name() + "`",
          column,
          component.element(),
          component.columnAnnotation(),
          component.columnValue(),
          "@Column(\"" + Names.snakeCase(entity.simpleName()) + "_" + column + "\")")) {
        continue;
      }
      String folded = column.toLowerCase(Locale.ROOT);
      if (folded.equals(entity.liveColumn().toLowerCase(Locale.ROOT))) {
        report.error(
            component.element(),
            component.columnAnnotation(),
            component.columnValue(),
            Message.COLUMN_IS_LIVE_COLUMN,
            component.name(),
            column);
      } else if (folded.equals(entity.deletedAtColumn().toLowerCase(Locale.ROOT))) {
        report.error(
            component.element(),
            component.columnAnnotation(),
            component.columnValue(),
            Message.COLUMN_IS_DELETED_AT_COLUMN,
            component.name(),
            column);
      }
      Component earlier = byColumn.putIfAbsent(folded, component);
      if (earlier != null) {
        report.error(
            component.element(),
            component.columnAnnotation(),
            component.columnValue(),
            Message.DUPLICATE_COLUMN,
            earlier.name(),
            component.name(),
            column);
      }
    }
  }

  /**
   * Reports a name that is not a plain identifier, is too long, or is reserved; true when it is fine.
   *
   * @param subject the name and what it is, to start the message: {@code Table name "user"}
   * @param suggestion how to set another name, for the reserved-word message
   */
  private boolean identifier(
      ValidationReport.Builder report,
      String subject,
      String name,
      Element element,
      Optional<AnnotationMirror> annotation,
      Optional<AnnotationValue> value,
      String suggestion) {
    if (!Names.isPlainIdentifier(name)) {
      report.error(element, annotation, value, Message.NOT_AN_IDENTIFIER, subject);
      return false;
    }
    if (name.length() > Names.MAX_IDENTIFIER_LENGTH) {
      report.error(
          element,
          annotation,
          value,
          Message.IDENTIFIER_TOO_LONG,
          subject,
          name.length(),
          Names.MAX_IDENTIFIER_LENGTH);
      return false;
    }
    Optional<String> reserving = ReservedWords.dialectsReserving(name, dialects);
    if (reserving.isPresent()) {
      report.error(
          element, annotation, value, Message.RESERVED_WORD, subject, reserving.get(), suggestion);
      return false;
    }
    return true;
  }
}
