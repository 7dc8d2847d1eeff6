package dev.softdelete.it.relations;

import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;

/** A note outside any relation that records the id of the user who deleted it. */
@SoftDeleteEntity(table = "notes")
public record Note(@Id Long id, String text, @DeletedBy Long deletedBy) {}
