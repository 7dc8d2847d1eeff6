package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/**
 * A line of an order. It goes with its order; a product cannot be deleted while a live line names it
 * (RESTRICT), unless the line goes in the same delete.
 */
@SoftDeleteEntity(table = "order_lines")
public record OrderLine(
    @Id Long id,
    @References(value = PurchaseOrder.class, onSoftDelete = CASCADE) long orderId,
    @References(Product.class) long productId,
    int quantity) {}
