package dev.softdelete.it;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/** A database-generated Long id, a @Unique key and a @DeletedAt mirror. */
@SoftDeleteEntity(table = "users")
public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {

  public static User of(String email, String name) {
    return new User(null, email, name, null);
  }

  public User withName(String newName) {
    return new User(id, email, newName, deletedAt);
  }

  public User withEmail(String newEmail) {
    return new User(id, newEmail, name, deletedAt);
  }
}
