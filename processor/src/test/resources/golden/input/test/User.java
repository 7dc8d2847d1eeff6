package test;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/** The common case: a generated Long id, one unique column and a deleted-at mirror. */
@SoftDeleteEntity(table = "users")
public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
