/**
 * The relations story: a customer, a category tree three levels deep with a product, orders with their
 * lines and invoices. Every reference cascades but a line's reference to its product, which restricts.
 */
package dev.softdelete.it.relations;
