package dev.softdelete.benchmarks.relations;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;

/** The parent of the two-level shape: deleting an album deletes its photos. */
@SoftDeleteEntity(table = "albums")
public record Album(@Id Long id, String title) {}
