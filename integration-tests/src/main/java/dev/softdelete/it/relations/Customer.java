package dev.softdelete.it.relations;

import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** The root of the relations story: everything else belongs to a customer. Records who deleted it. */
@SoftDeleteEntity(table = "customers")
public record Customer(@Id Long id, @Unique String email, String name, @DeletedBy String deletedBy) {}
