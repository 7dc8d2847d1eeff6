package dev.softdelete.processor.sql;

import dev.softdelete.processor.model.Relations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order in which migrations create tables: parents before their children, and otherwise by table
 * name, so that the same entities give the same order whatever the order javac reads them in.
 *
 * <p>The order matters for reading and for SQLite, whose CREATE TABLE declares the foreign keys; the
 * other dialects add every foreign key after all tables exist. In a cycle of references no table can
 * come first: the first of the cycle by name is taken, which SQLite accepts, as it looks a foreign
 * key's parent table up only when the key is used.
 */
public final class MigrationOrder {
  private MigrationOrder() {}

  public static List<Relations> parentsFirst(Collection<Relations> tables) {
    Map<String, Relations> waiting = new TreeMap<>();
    for (Relations relations : tables) {
      waiting.put(key(relations), relations);
    }
    List<Relations> order = new ArrayList<>();
    while (!waiting.isEmpty()) {
      Relations next =
          waiting.values().stream()
              .filter(candidate -> parentsWaiting(candidate, waiting) == 0)
              .findFirst()
              // A cycle: its member with the fewest parents still waiting, then the first by name.
              .orElseGet(
                  () -> waiting.values().stream()
                      .min(Comparator.comparingLong(candidate -> parentsWaiting(candidate, waiting)))
                      .orElseThrow());
      order.add(next);
      waiting.remove(key(next));
    }
    return order;
  }

  /** How many parents of the table, other than itself, are not created yet. */
  private static long parentsWaiting(Relations relations, Map<String, Relations> waiting) {
    String own = key(relations);
    return relations.links().stream()
        .map(link -> link.parent().table().toLowerCase(Locale.ROOT))
        .filter(parent -> !parent.equals(own) && waiting.containsKey(parent))
        .distinct()
        .count();
  }

  private static String key(Relations relations) {
    return relations.entity().table().toLowerCase(Locale.ROOT);
  }
}
