package dev.softdelete.it.relations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Self-references and cycles across entities, on every database: a folder tree five levels deep by
 * UUID ids, and departments and employees that cascade into each other. Every verb terminates and
 * leaves the same rows as a walk by hand would.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CyclesTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static final List<RelatedTables.Table> TABLES =
      List.of(
          RelatedTables.FOLDERS,
          new RelatedTables.Table(
              DepartmentSchema.DEFINITION, DepartmentSchema::createStatements, DepartmentSchema::foreignKeyStatements),
          new RelatedTables.Table(
              EmployeeSchema.DEFINITION, EmployeeSchema::createStatements, EmployeeSchema::foreignKeyStatements));

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(T0);
  private Handle handle;
  private FolderRepository folders;
  private DepartmentRepository departments;
  private EmployeeRepository employees;

  @BeforeEach
  void tables() {
    handle = database.jdbi(clock).open();
    if (database == TestDatabase.SQLITE) {
      handle.execute("PRAGMA foreign_keys = ON");
    }
    RelatedTables.drop(handle, database, TABLES);
    TABLES.forEach(t -> t.createStatements().apply(database.dialect()).forEach(handle::execute));
    TABLES.forEach(t -> t.foreignKeyStatements().apply(database.dialect()).forEach(handle::execute));
    folders = handle.attach(FolderRepository.class);
    departments = handle.attach(DepartmentRepository.class);
    employees = handle.attach(EmployeeRepository.class);
  }

  @AfterEach
  void close() {
    handle.close();
  }

  private long rows(String table, String predicate) {
    return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + predicate).mapTo(Long.class).one();
  }

  /** A chain of folders, root first, each the parent of the next, and a sibling under the root. */
  private List<Folder> chain(int depth) {
    Folder root = folders.insert(new Folder(UUID.randomUUID(), "f0", null));
    List<Folder> chain = new java.util.ArrayList<>(List.of(root));
    for (int i = 1; i < depth; i++) {
      chain.add(folders.insert(new Folder(UUID.randomUUID(), "f" + i, chain.get(i - 1).id())));
    }
    folders.insert(new Folder(UUID.randomUUID(), "sibling", root.id()));
    return chain;
  }

  @org.junit.jupiter.api.Test
  void aTreeDiesAndComesBackLevelByLevel() {
    List<Folder> chain = chain(5);

    assertThat(folders.softDelete(chain.get(2).id())).isTrue();
    assertThat(rows("folders", "live IS NULL")).isEqualTo(3);
    assertThat(folders.softDelete(chain.get(0).id())).isTrue();
    assertThat(rows("folders", "live IS NULL")).isEqualTo(6);

    // The root's restore brings back what its own delete killed: not the subtree deleted before.
    RestoreResult root = folders.restore(chain.get(0).id());
    assertThat(root.restoredRows()).isEqualTo(Map.of("Folder", 3));
    assertThat(rows("folders", "live IS NULL")).isEqualTo(3);
    assertThat(folders.restore(chain.get(2).id()).restoredRows()).isEqualTo(Map.of("Folder", 3));
    assertThat(rows("folders", "live IS NULL")).isZero();
  }

  @org.junit.jupiter.api.Test
  void hardDeleteAndPurgeTakeATreeLeavesFirst() {
    List<Folder> chain = chain(5);
    folders.softDelete(chain.get(0).id());

    assertThat(folders.hardDelete(chain.get(0).id())).isTrue();
    assertThat(rows("folders", "1 = 1")).isZero();

    List<Folder> again = chain(4);
    folders.softDelete(again.get(0).id());
    clock.advance(Duration.ofDays(1));
    assertThat(folders.purgeDeletedBefore(clock.instant())).isEqualTo(5);
    assertThat(rows("folders", "1 = 1")).isZero();
  }

  @org.junit.jupiter.api.Test
  void aCycleAcrossEntitiesTerminatesAndRestoresExactly() {
    // Sales is headed by Ann, who works in Support, which Bob heads, who works in Sales.
    Department sales = departments.insert(new Department(null, "Sales", null));
    Department support = departments.insert(new Department(null, "Support", null));
    Employee ann = employees.insert(new Employee(null, "ann", support.id()));
    Employee bob = employees.insert(new Employee(null, "bob", sales.id()));
    Employee cid = employees.insert(new Employee(null, "cid", sales.id()));
    departments.update(new Department(sales.id(), "Sales", ann.id()));
    departments.update(new Department(support.id(), "Support", bob.id()));
    Department other = departments.insert(new Department(null, "Other", null));
    employees.insert(new Employee(null, "dan", other.id()));

    assertThat(departments.softDelete(sales.id())).isTrue();

    assertThat(rows("departments", "live IS NULL")).isEqualTo(2);
    assertThat(rows("employees", "live IS NULL")).isEqualTo(3);
    assertThat(rows("departments", "live IS NULL AND deletion_id IS NOT NULL")).isEqualTo(2);

    // Ann's badge is taken while she is dead: the restore of the whole cycle refuses.
    employees.insert(new Employee(null, "ann", other.id()));
    RestoreResult refused = departments.restore(sales.id());
    assertThat(refused.status()).isEqualTo(RestoreResult.Status.CONFLICT);
    assertThat(refused.entity()).contains("Employee");
    assertThat(refused.conflictingKey()).contains("badge");
    assertThat(rows("employees", "live IS NULL")).isEqualTo(3);

    handle.execute("DELETE FROM employees WHERE badge = 'ann' AND live = TRUE");
    assertThat(departments.restore(sales.id()).restoredRows())
        .isEqualTo(Map.of("Department", 2, "Employee", 3));
    assertThat(employees.findByBadge("cid")).isPresent();

    departments.softDelete(support.id());
    assertThat(departments.hardDelete(sales.id())).isTrue();
    assertThat(rows("departments", "1 = 1")).isEqualTo(1);
    assertThat(rows("employees", "1 = 1")).isEqualTo(1);
  }
}
