package dev.softdelete.processor.model.query;

import java.util.List;
import java.util.OptionalInt;

/**
 * A derived method's name, read against the entity's components: {@code
 * findFirst3ByAuthorIdAndStatusOrPublishedAtBeforeOrderByPublishedAtDesc}.
 *
 * @param verb what the method does
 * @param scope which rows it sees or changes: the scope word of a read; live rows for {@code
 *     softDelete}, dead rows for {@code restore} and {@code hardDeleteDead}, any for {@code hardDelete}
 * @param first {@code First} (1) or {@code First<N>}, if the name says it
 * @param firstWithoutNumber whether it said {@code First} alone, which returns one row
 * @param condition the criteria as OR of ANDs: {@code [[a, b], [c]]} is {@code (a AND b) OR c}; empty
 *     when the name has no criteria
 * @param order the {@code OrderBy} keys, in order
 */
public record MethodName(
    Verb verb,
    Scope scope,
    OptionalInt first,
    boolean firstWithoutNumber,
    List<List<Criterion>> condition,
    List<OrderItem> order) {

  public MethodName {
    condition = condition.stream().map(List::copyOf).toList();
    order = List.copyOf(order);
  }

  /** The criteria in the order their parameters come. */
  public List<Criterion> criteria() {
    return condition.stream().flatMap(List::stream).toList();
  }
}
