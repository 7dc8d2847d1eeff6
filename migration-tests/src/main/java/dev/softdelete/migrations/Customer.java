package dev.softdelete.migrations;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/** A parent with a unique key: its table sorts after its child's, so the migrations must order them. */
@SoftDeleteEntity(table = "shop_customers")
public record Customer(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
