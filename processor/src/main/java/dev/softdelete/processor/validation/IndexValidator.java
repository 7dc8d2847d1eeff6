package dev.softdelete.processor.validation;

import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.ClosestName;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.IndexModel;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.SqlNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks an entity's {@code @Index}es: that each is named (in {@code indexes}) with a plain
 * identifier, names existing components, once each, other than the deleted-at mirror and the
 * deleted-by component; that it is not served already by the primary key, a unique key or another
 * index; and that no two indexes, nor an index and the generated ones over (live, id), deleted-at and
 * each reference column, share an index name.
 */
final class IndexValidator {
  private IndexValidator() {}

  static void validate(ValidationReport.Builder report, Entity entity) {
    SqlNames names = new SqlNames(entity);
    String live = entity.liveColumn();
    String id =
        entity.components().stream()
            .filter(Component::isId)
            .findFirst()
            .map(Component::column)
            .orElse("id");
    // A HashMap, not Map.of: the live and deleted-at columns may share a name (reported elsewhere).
    Map<String, String> generated = new HashMap<>();
    generated.put(lower(names.liveIndex()), "(" + live + ", " + id + ")");
    generated.putIfAbsent(lower(names.deletedAtIndex()), "(" + entity.deletedAtColumn() + ")");
    for (Component reference : entity.references()) {
      generated.putIfAbsent(lower(names.referenceIndex(reference)), "(" + reference.column() + ")");
    }
    Map<String, IndexModel> byIndexName = new HashMap<>();
    Map<List<String>, IndexModel> byComponents = new HashMap<>();
    List<String> componentNames = entity.components().stream().map(Component::name).toList();
    for (IndexModel index : entity.indexes()) {
      Optional<AnnotationMirror> annotation = Optional.of(index.annotation());
      Optional<AnnotationValue> components =
          index.onComponent() ? index.componentsValue() : index.componentsOrDeclaration();
      if (index.onComponent() && index.componentsValue().isPresent()) {
        report.error(
            index.element(),
            annotation,
            index.componentsValue(),
            Message.INDEX_COMPONENTS_ON_COMPONENT,
            index.componentNames().get(0));
      }
      boolean named = name(report, entity, index);
      boolean resolved = true;
      boolean deletedAt = false;
      if (index.componentNames().isEmpty()) {
        report.error(index.element(), annotation, components, Message.EMPTY_INDEX, index.name());
        resolved = false;
      }
      Set<String> seen = new HashSet<>();
      for (String name : index.componentNames()) {
        Optional<Component> component = entity.component(name);
        if (component.isEmpty()) {
          report.error(
              index.element(),
              annotation,
              components,
              Message.UNKNOWN_INDEX_COMPONENT,
              index.name(),
              name,
              entity.simpleName(),
              ClosestName.nearest(name, componentNames),
              String.join(", ", componentNames));
          resolved = false;
        } else if (component.get().isDeletedAt()) {
          report.error(
              index.element(),
              annotation,
              components,
              Message.DELETED_AT_IN_INDEX,
              index.name(),
              name,
              entity.deletedAtColumn(),
              names.deletedAtIndex());
          resolved = false;
          deletedAt = true;
        } else if (component.get().isDeletedBy()) {
          report.error(
              index.element(), annotation, components, Message.DELETED_BY_IN_INDEX, index.name(), name);
          resolved = false;
        }
        if (!seen.add(name)) {
          report.error(
              index.element(),
              annotation,
              components,
              Message.REPEATED_INDEX_COMPONENT,
              index.name(),
              name);
          resolved = false;
        }
      }
      if (resolved) {
        served(report, entity, index, components, byComponents);
      }
      // An index over the deleted-at column alone takes the name of the generated index over it:
      // one
      // mistake, reported once.
      if (named && !deletedAt) {
        String indexName = names.index(index);
        String over = generated.get(lower(indexName));
        IndexModel sameName = byIndexName.putIfAbsent(lower(indexName), index);
        if (over != null) {
          report.error(
              index.element(),
              annotation,
              index.nameOrDeclaration(),
              Message.INDEX_NAME_TAKEN,
              index.name(),
              indexName,
              over);
        } else if (sameName != null) {
          report.error(
              index.element(),
              annotation,
              index.nameOrDeclaration(),
              Message.DUPLICATE_INDEX,
              sameName.name(),
              index.name(),
              indexName);
        }
      }
    }
  }

  /** Reports a missing or malformed name; true when the name can make an index name. */
  private static boolean name(ValidationReport.Builder report, Entity entity, IndexModel index) {
    Optional<AnnotationMirror> annotation = Optional.of(index.annotation());
    if (index.name().isEmpty()) {
      String suggestion =
          index.componentNames().isEmpty()
              ? "by_" + Names.snakeCase(entity.simpleName())
              : index.componentNames().stream()
                  .map(Names::snakeCase)
                  .collect(Collectors.joining("_"));
      report.error(
          index.element(),
          annotation,
          index.declaration(),
          Message.INDEX_NAME_MISSING,
          "(" + String.join(", ", index.componentNames()) + ")",
          suggestion,
          entity.table());
      return false;
    }
    // The name only ever appears in SQL after a prefix (ix_<table>_<name>, shortened when long), so
    // it
    // may be a reserved word or long; it must still be a plain identifier.
    if (!Names.isPlainIdentifier(index.name())) {
      report.error(
          index.element(),
          annotation,
          index.nameOrDeclaration(),
          Message.NOT_AN_IDENTIFIER,
          "Index name \"" + index.name() + "\"");
      return false;
    }
    return true;
  }

  /**
   * Reports an index whose queries an index of the table serves already: the primary key's (the id
   * alone), a unique key's over the same components in the same order, or an earlier index's.
   */
  private static void served(
      ValidationReport.Builder report,
      Entity entity,
      IndexModel index,
      Optional<AnnotationValue> components,
      Map<List<String>, IndexModel> byComponents) {
    Optional<AnnotationMirror> annotation = Optional.of(index.annotation());
    List<String> names = index.componentNames();
    if (names.size() == 1 && entity.component(names.get(0)).map(Component::isId).orElse(false)) {
      report.error(
          index.element(), annotation, components, Message.INDEX_IS_ID, index.name(), names.get(0));
      return;
    }
    Optional<UniqueKeyModel> key =
        entity.uniqueKeys().stream().filter(k -> k.componentNames().equals(names)).findFirst();
    if (key.isPresent()) {
      report.error(
          index.element(),
          annotation,
          components,
          Message.INDEX_IS_UNIQUE_KEY,
          index.name(),
          key.get().name());
      return;
    }
    IndexModel same = byComponents.putIfAbsent(names, index);
    if (same != null) {
      report.error(
          index.element(),
          annotation,
          components,
          Message.DUPLICATE_INDEX_COLUMNS,
          index.name(),
          same.name());
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
