package test;

import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import java.math.BigDecimal;

/** A child: soft-deleting its customer soft-deletes it too. It records who deleted it. */
@SoftDeleteEntity(table = "purchase_orders")
public record PurchaseOrder(
    @Id Long id,
    @References(value = Customer.class, onSoftDelete = OnSoftDelete.CASCADE) long customerId,
    String reference,
    BigDecimal total,
    @DeletedBy String deletedBy) {}
