package test;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/** A parent: referenced by PurchaseOrder, it references nothing itself but has the deletion column. */
@SoftDeleteEntity(table = "customers")
public record Customer(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
