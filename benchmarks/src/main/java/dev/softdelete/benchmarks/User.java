package dev.softdelete.benchmarks;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/**
 * The entity of every benchmark: the example. The processor turns it into {@code
 * UserRepository}, {@code JdbiUserRepository}, {@code UserRowMapper} and {@code UserSchema}.
 */
@SoftDeleteEntity(table = "users")
public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
