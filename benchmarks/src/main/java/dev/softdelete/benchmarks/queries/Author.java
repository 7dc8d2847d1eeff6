package dev.softdelete.benchmarks.queries;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** The blog example's author: an email unique among live authors. */
@SoftDeleteEntity(table = "authors")
public record Author(@Id Long id, @Unique String email, String name) {}
