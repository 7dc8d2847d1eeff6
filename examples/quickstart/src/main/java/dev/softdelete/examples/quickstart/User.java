package dev.softdelete.examples.quickstart;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/** A user account: one live account per email, any number of deleted ones. */
@SoftDeleteEntity(table = "users")
public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {

  static User signUp(String email, String name) {
    return new User(null, email, name, null);
  }
}
