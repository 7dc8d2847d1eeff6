package dev.softdelete.it.relations;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** The root of the relations story: everything else belongs to a customer. */
@SoftDeleteEntity(table = "customers")
public record Customer(@Id Long id, @Unique String email, String name) {}
