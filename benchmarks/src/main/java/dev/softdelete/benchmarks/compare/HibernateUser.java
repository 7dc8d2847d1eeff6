package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * The Hibernate contender's entity. {@code @SoftDelete(strategy = ACTIVE)} keeps a boolean column that is
 * TRUE for live rows and FALSE for deleted ones; a converter writing NULL instead fails while the
 * SessionFactory is built (FACTS.md), so this entity has its own table ({@code hibernate_users}).
 * IDENTITY ids, as in {@code users}: Hibernate then inserts row by row, without JDBC batching.
 */
@Entity
@Table(name = "hibernate_users")
@SoftDelete(strategy = SoftDeleteType.ACTIVE)
public class HibernateUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  private String name;

  protected HibernateUser() {}

  public HibernateUser(String email, String name) {
    this.email = email;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  /** Live rows only are visible to Hibernate, so deleted-at is always null. */
  public User toUser() {
    return new User(id, email, name, null);
  }
}
