package dev.softdelete.benchmarks.relations;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;

/** The root of the three-level shape: a customer, their orders, the orders' lines. */
@SoftDeleteEntity(table = "customers")
public record Customer(@Id Long id, String name) {}
