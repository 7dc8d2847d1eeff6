package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** A customer's order; its code is unique among live orders. Records who deleted it. */
@SoftDeleteEntity(table = "orders")
public record PurchaseOrder(
    @Id Long id,
    @References(value = Customer.class, onSoftDelete = CASCADE) long customerId,
    @Unique String code,
    @DeletedBy String deletedBy) {}
