package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** A child of {@link Vendor}, and the parent of {@link TrackingEvent}. */
@SoftDeleteEntity(table = "shipments")
public record Shipment(
    @Id Long id,
    @References(value = Vendor.class, onSoftDelete = OnSoftDelete.CASCADE) long vendorId,
    String label) {}
