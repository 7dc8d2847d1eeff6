package dev.softdelete.benchmarks.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** The middle level of the three-level shape: it goes with its customer, and takes its lines along. */
@SoftDeleteEntity(table = "customer_orders")
public record CustomerOrder(
    @Id Long id, @References(value = Customer.class, onSoftDelete = CASCADE) long customerId, String code) {}
