package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** An invoice for an order; its code is unique among live invoices. */
@SoftDeleteEntity(table = "invoices")
public record Invoice(
    @Id Long id,
    @References(value = PurchaseOrder.class, onSoftDelete = CASCADE) long orderId,
    @Unique String code,
    long cents) {}
