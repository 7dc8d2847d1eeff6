package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.it.relations.Category;
import dev.softdelete.it.relations.CategoryRepository;
import dev.softdelete.it.relations.Customer;
import dev.softdelete.it.relations.CustomerRepository;
import dev.softdelete.it.relations.Note;
import dev.softdelete.it.relations.NoteRepository;
import dev.softdelete.it.relations.Notes;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.PurchaseOrder;
import dev.softdelete.it.relations.PurchaseOrderRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who deleted a row, on every database: {@code @DeletedBy} filled by the soft deletes that take an
 * actor, single, bulk and derived, carried along a cascade to the children that record one, cleared by
 * a restore, and kept NULL on live rows by a CHECK.
 */
class DeletedByTest extends DatabaseTest {
  private CustomerRepository customers;
  private Orders orders;
  private NoteRepository notes;
  private Customer betty;
  private PurchaseOrder first;
  private PurchaseOrder second;

  @BeforeEach
  void seed() {
    customers = repository(CustomerRepository.class);
    orders = repository(Orders.class);
    notes = repository(NoteRepository.class);
    betty = customers.insert(new Customer(null, "betty@example.com", "Betty", "ignored"));
    first = orders.insert(new PurchaseOrder(null, betty.id(), "O-1", null));
    second = orders.insert(new PurchaseOrder(null, betty.id(), "O-2", null));
    repository(CategoryRepository.class).insert(new Category(null, betty.id(), null, "Home"));
  }

  private String orderDeletedBy(long id) {
    return orders.findAnyById(id).orElseThrow().deletedBy();
  }

  @Test
  void insertNeverWritesTheActor() {
    assertThat(betty.deletedBy()).isNull();
    assertThat(customers.findById(betty.id()).orElseThrow().deletedBy()).isNull();
  }

  @Test
  void aCascadeCarriesTheActorToTheChildrenThatRecordOneAndARestoreClearsIt() {
    assertThat(customers.softDelete(betty.id(), "admin")).isTrue();

    assertThat(customers.findAnyById(betty.id()).orElseThrow().deletedBy()).isEqualTo("admin");
    assertThat(orderDeletedBy(first.id())).isEqualTo("admin");
    assertThat(orderDeletedBy(second.id())).isEqualTo("admin");
    assertThat(count("categories", "live IS NULL")).isEqualTo(1);

    customers.restore(betty.id());

    assertThat(customers.findById(betty.id()).orElseThrow().deletedBy()).isNull();
    assertThat(orderDeletedBy(first.id())).isNull();
    assertThat(count("orders", "deleted_by IS NOT NULL")).isZero();
  }

  @Test
  void aDeleteWithoutAnActorRecordsNoOne() {
    customers.softDelete(betty.id());

    assertThat(customers.findAnyById(betty.id()).orElseThrow().deletedBy()).isNull();
    assertThat(count("orders", "live IS NULL AND deleted_by IS NULL")).isEqualTo(2);
  }

  @Test
  void bulkAndDerivedDeletesRecordTheirActor() {
    assertThat(repository(PurchaseOrderRepository.class).softDeleteAll(List.of(first.id()), "ops")).isEqualTo(1);
    assertThat(orderDeletedBy(first.id())).isEqualTo("ops");

    assertThat(orders.softDeleteByCode("O-2", "support")).isEqualTo(1);
    assertThat(orderDeletedBy(second.id())).isEqualTo("support");
    assertThat(orders.softDeleteByCode("O-2", null)).isZero();
  }

  @Test
  void anEntityOutsideRelationsRecordsItsActorToo() {
    Note note = notes.insert(new Note(null, "remember", 5L));
    Note other = notes.insert(new Note(null, "forget", null));
    assertThat(note.deletedBy()).isNull();

    assertThat(notes.softDelete(note.id(), 7L)).isTrue();
    assertThat(notes.findAnyById(note.id()).orElseThrow().deletedBy()).isEqualTo(7L);
    assertThat(notes.restore(note.id()).status().name()).isEqualTo("RESTORED");
    assertThat(notes.findById(note.id()).orElseThrow().deletedBy()).isNull();

    assertThat(notes.softDeleteAll(List.of(note.id(), other.id()), 8L)).isEqualTo(2);
    assertThat(count("notes", "deleted_by = 8")).isEqualTo(2);
    Notes derived = repository(Notes.class);
    assertThat(derived.restoreByText("forget")).isEqualTo(1);
    assertThat(notes.findById(other.id()).orElseThrow().deletedBy()).isNull();
    assertThat(derived.softDeleteByText("forget", 9L)).isEqualTo(1);
    assertThat(notes.findAnyById(other.id()).orElseThrow().deletedBy()).isEqualTo(9L);
  }

  @Test
  void aCheckKeepsTheActorOffLiveRows() {
    Note note = notes.insert(new Note(null, "remember", null));

    assertThatThrownBy(() -> handle.execute("UPDATE notes SET deleted_by = 1 WHERE id = ?", note.id()))
        .hasMessageContaining("deleted_by");
    assertThat(notes.findById(note.id()).orElseThrow().deletedBy()).isNull();
  }
}
