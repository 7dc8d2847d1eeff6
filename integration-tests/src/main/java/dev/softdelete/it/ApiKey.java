package dev.softdelete.it;

import dev.softdelete.Column;
import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A UUID id supplied by the caller, a renamed unique column, and an OffsetDateTime deleted-at mirror. */
@SoftDeleteEntity(table = "api_keys", deletedAtColumn = "revoked_at")
public record ApiKey(
    @Id UUID id, @Unique @Column("key_hash") String hash, String label, @DeletedAt OffsetDateTime revokedAt) {}
