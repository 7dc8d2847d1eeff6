package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** A product in a category; it goes with its category. */
@SoftDeleteEntity(table = "shop_products")
public record Product(
    @Id Long id,
    @References(value = Category.class, onSoftDelete = CASCADE) long categoryId,
    @Unique String sku,
    String name) {}
