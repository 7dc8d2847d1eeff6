package dev.softdelete.migrations;

import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import java.math.BigDecimal;

/** A child whose soft delete follows its customer's, with an index for queries of live orders by status. */
@SoftDeleteEntity(table = "orders", indexes = @Index(name = "status", components = "status"))
public record Order(
    @Id Long id,
    @References(value = Customer.class, onSoftDelete = OnSoftDelete.CASCADE) long customerId,
    String status,
    BigDecimal total,
    @DeletedBy String deletedBy) {}
