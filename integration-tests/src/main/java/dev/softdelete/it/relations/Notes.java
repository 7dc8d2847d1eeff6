package dev.softdelete.it.relations;

import dev.softdelete.DeletedBy;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;

/** A derived soft delete that records its actor, on an entity outside any relation. */
@Repository
public interface Notes extends SoftDeleteRepository<Note, Long> {
  int softDeleteByText(String text, @DeletedBy Long actor);

  int restoreByText(String text);
}
