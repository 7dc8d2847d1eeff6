/**
 * The Jdbi side: {@link dev.softdelete.jdbi.SoftDeletePlugin} makes {@code attach}, {@code onDemand}
 * and {@code withExtension} return the generated repositories (no proxies) and {@code mapTo} use the
 * generated row mappers; {@link dev.softdelete.jdbi.SoftDeleteConfig} holds the clock and the dialect.
 * The lookup of generated types and the one use of a Jdbi internal type are package-private here.
 */
package dev.softdelete.jdbi;
