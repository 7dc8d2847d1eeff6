package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** A parent. */
@SoftDeleteEntity(table = "vendors")
public record Vendor(@Id Long id, @Unique String name) {}
