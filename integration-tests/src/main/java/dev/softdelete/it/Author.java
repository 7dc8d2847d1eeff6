package dev.softdelete.it;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** The author of the blog example: one live author per email. */
@SoftDeleteEntity(table = "authors")
public record Author(@Id Long id, @Unique String email, String name) {}
