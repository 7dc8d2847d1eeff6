package dev.softdelete.benchmarks.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** The grandchild of the three-level shape: a line goes with its order, two levels below the customer. */
@SoftDeleteEntity(table = "order_lines")
public record OrderLine(
    @Id Long id, @References(value = CustomerOrder.class, onSoftDelete = CASCADE) long orderId, int quantity) {}
