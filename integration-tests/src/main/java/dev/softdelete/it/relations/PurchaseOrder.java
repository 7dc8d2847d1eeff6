package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** A customer's order; its code is unique among live orders. */
@SoftDeleteEntity(table = "orders")
public record PurchaseOrder(
    @Id Long id,
    @References(value = Customer.class, onSoftDelete = CASCADE) long customerId,
    @Unique String code) {}
