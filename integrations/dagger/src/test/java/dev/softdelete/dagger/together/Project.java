package dev.softdelete.dagger.together;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** An entity compiled in the same compilation as the component that injects its repositories. */
@SoftDeleteEntity(table = "dagger_projects")
public record Project(@Id Long id, @Unique String name, String owner) {}
