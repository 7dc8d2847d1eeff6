package dev.softdelete.it;

import dev.softdelete.it.StoryTable.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What must hold of the story's tables whatever the verbs did, asked with plain SQL so that it does
 * not depend on the repositories: no live row references a dead or missing parent; no two live rows
 * share a unique key; live is TRUE or NULL, and NULL exactly when deleted_at and the deletion column
 * are set (a restore's or a hard delete's marks never stay behind).
 */
final class RelationInvariants {
  private RelationInvariants() {}

  /** Each broken invariant, described with the rows that break it; empty when all hold. */
  static List<String> violations(Handle handle) {
    List<String> violations = new ArrayList<>();
    for (Reference r : StoryTable.allReferences()) {
      String column = r.column();
      List<Long> orphans = handle.createQuery(
              "SELECT c.id FROM " + r.child().table() + " c WHERE c.live = TRUE AND c." + column
                  + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + r.parent().table() + " p WHERE p.id = c."
                  + column + " AND p.live = TRUE) ORDER BY c.id")
          .mapTo(Long.class)
          .list();
      if (!orphans.isEmpty()) {
        violations.add("live " + r.child().entity() + " rows " + orphans + " reference a dead or missing "
            + r.parent().entity() + " through " + column);
      }
    }
    for (StoryTable table : StoryTable.values()) {
      String t = table.table();
      table.keyColumns().ifPresent(keys -> {
        List<Map<String, Object>> shared = handle.createQuery(
                "SELECT " + keys + ", COUNT(*) AS n FROM " + t + " WHERE live = TRUE GROUP BY " + keys
                    + " HAVING COUNT(*) > 1")
            .mapToMap()
            .list();
        if (!shared.isEmpty()) {
          violations.add(t + ": keys held by more than one live row: " + shared);
        }
      });
      check(handle, violations, t, "live = FALSE", "rows with live = FALSE");
      check(handle, violations, t, "(live IS NULL) <> (deleted_at IS NOT NULL)",
          "rows whose live and deleted_at disagree");
      check(handle, violations, t, "(live IS NULL) <> (deletion_id IS NOT NULL)",
          "rows whose live and deletion_id disagree");
    }
    return violations;
  }

  private static void check(Handle handle, List<String> violations, String table, String predicate, String what) {
    List<Long> ids = handle.createQuery("SELECT id FROM " + table + " WHERE " + predicate + " ORDER BY id")
        .mapTo(Long.class)
        .list();
    if (!ids.isEmpty()) {
      violations.add(table + ": " + what + ": " + ids);
    }
  }
}
