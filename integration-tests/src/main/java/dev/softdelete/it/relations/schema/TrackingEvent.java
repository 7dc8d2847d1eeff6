package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** A child whose table name is so long that its foreign key's and index's names are shortened. */
@SoftDeleteEntity(table = "tracking_events_of_shipments_kept_by_the_warehouse_dept")
public record TrackingEvent(@Id Long id, @References(Shipment.class) long shipmentId, String note) {}
