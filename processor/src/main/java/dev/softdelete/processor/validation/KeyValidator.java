package dev.softdelete.processor.validation;

import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.SqlNames;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks an entity's unique keys: that each names existing components, once each, other than the
 * deleted-at mirror and the deleted-by component; that no two keys share a name, components, a finder
 * or an index name; and that no key's finder takes the name of a verb every repository has.
 */
final class KeyValidator {
  /** The names of the verbs every repository has, read from the interface itself at compile time. */
  private static final Set<String> REPOSITORY_VERBS =
      Arrays.stream(SoftDeleteRepository.class.getMethods())
          .map(Method::getName)
          .collect(Collectors.toUnmodifiableSet());

  private KeyValidator() {}

  static void validate(ValidationReport.Builder report, Entity entity) {
    Map<String, UniqueKeyModel> byFinder = new HashMap<>();
    Map<String, UniqueKeyModel> byName = new HashMap<>();
    Map<Set<String>, UniqueKeyModel> byComponents = new HashMap<>();
    Map<String, UniqueKeyModel> byIndex = new HashMap<>();
    SqlNames names = new SqlNames(entity);
    String componentList =
        entity.components().stream().map(Component::name).collect(Collectors.joining(", "));
    for (UniqueKeyModel key : entity.uniqueKeys()) {
      Optional<AnnotationMirror> annotation = Optional.of(key.annotation());
      boolean resolved = true;
      if (key.compound()) {
        // The name only ever appears in SQL after a prefix (ux_<table>_<name>, shortened when long), so
        // it may be a reserved word or long; it must still be a plain identifier.
        if (!Names.isPlainIdentifier(key.name())) {
          report.error(
              key.element(),
              annotation,
              key.nameValue(),
              Message.NOT_AN_IDENTIFIER,
              "Unique key name \"" + key.name() + "\"");
          resolved = false;
        }
        if (key.componentNames().isEmpty()) {
          report.error(
              key.element(), annotation, key.componentsValue(), Message.EMPTY_KEY, key.name());
          resolved = false;
        }
        Set<String> seen = new HashSet<>();
        for (String name : key.componentNames()) {
          Optional<Component> component = entity.component(name);
          if (component.isEmpty()) {
            report.error(
                key.element(),
                annotation,
                key.componentsValue(),
                Message.UNKNOWN_KEY_COMPONENT,
                key.name(),
                name,
                entity.simpleName(),
                componentList);
            resolved = false;
          } else if (component.get().isDeletedAt()) {
            report.error(
                key.element(),
                annotation,
                key.componentsValue(),
                Message.DELETED_AT_IN_KEY,
                name,
                key.name(),
                entity.deletedAtColumn());
            resolved = false;
          } else if (component.get().isDeletedBy()) {
            report.error(
                key.element(),
                annotation,
                key.componentsValue(),
                Message.DELETED_BY_IN_KEY,
                name,
                key.name());
            resolved = false;
          }
          if (!seen.add(name)) {
            report.error(
                key.element(),
                annotation,
                key.componentsValue(),
                Message.REPEATED_KEY_COMPONENT,
                key.name(),
                name);
            resolved = false;
          }
        }
      }
      UniqueKeyModel sameName = byName.putIfAbsent(key.name().toLowerCase(Locale.ROOT), key);
      if (sameName != null) {
        report.error(
            key.element(),
            annotation,
            key.nameValue(),
            Message.DUPLICATE_KEY_NAME,
            entity.simpleName(),
            key.name());
      }
      boolean idAlone =
          key.componentNames().size() == 1
              && entity.component(key.componentNames().get(0)).map(Component::isId).orElse(false);
      if (resolved && key.compound() && idAlone) {
        report.error(
            key.element(),
            annotation,
            key.componentsValue(),
            Message.KEY_IS_ID,
            key.name(),
            key.componentNames().get(0));
        resolved = false;
      }
      boolean duplicate = sameName != null;
      if (resolved) {
        UniqueKeyModel sameComponents =
            byComponents.putIfAbsent(Set.copyOf(key.componentNames()), key);
        if (sameComponents != null) {
          report.error(
              key.element(),
              annotation,
              key.componentsValue(),
              Message.DUPLICATE_KEY_COLUMNS,
              key.name(),
              sameComponents.name());
          duplicate = true;
        }
      }
      // The finder is named after the components: @Unique aAndB and @UniqueKey {"a", "b"} are both
      // findByAAndB, and @Unique id (beside @Id key) is findById, which every repository has.
      // (A key of the id alone is reported as ID_ALSO_UNIQUE or KEY_IS_ID.)
      String finder = entity.finderName(key);
      UniqueKeyModel sameFinder = byFinder.putIfAbsent(finder, key);
      if (resolved
          && !duplicate
          && !idAlone
          && (sameFinder != null || REPOSITORY_VERBS.contains(finder))) {
        if (sameFinder != null) {
          report.error(
              key.element(), annotation, key.componentsValue(), Message.FINDER_CLASH, sameFinder.name(), key.name(), finder);
        } else {
          report.error(
              key.element(), annotation, key.componentsValue(), Message.FINDER_IS_REPOSITORY_VERB, key.name(), finder);
        }
      }
      // Different names can still make one index name: @Unique orgId and @UniqueKey "org_id" are both
      // ux_<table>_org_id. (Two @Unique components of one column are reported as DUPLICATE_COLUMN.)
      String index = names.uniqueIndex(key);
      UniqueKeyModel sameIndex = byIndex.putIfAbsent(index.toLowerCase(Locale.ROOT), key);
      if (!duplicate && sameIndex != null && key.compound()) {
        report.error(
            key.element(),
            annotation,
            key.nameValue(),
            Message.DUPLICATE_INDEX_NAME,
            sameIndex.name(),
            key.name(),
            index);
      }
    }
  }
}
