package dev.softdelete.it.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.UniqueKey;

/**
 * A customer's product category, in a tree: a top category has no parent. Deleting a category deletes
 * its subtree; deleting the customer deletes the whole tree.
 */
@SoftDeleteEntity(table = "categories", uniqueKeys = @UniqueKey(name = "customer_name", components = {"customerId", "name"}))
public record Category(
    @Id Long id,
    @References(value = Customer.class, onSoftDelete = CASCADE) long customerId,
    @References(value = Category.class, onSoftDelete = CASCADE) Long parentId,
    String name) {}
