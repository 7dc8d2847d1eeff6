/**
 * The Jdbi side: {@link dev.softdelete.jdbi.SoftDeletePlugin} makes {@code attach}, {@code onDemand}
 * and {@code withExtension} return the generated repositories (no proxies) and {@code mapTo} use the
 * generated row mappers; {@link dev.softdelete.jdbi.SoftDeleteConfig} holds the clock and the dialect.
 * The generated types come from the generated registry ({@code dev.softdelete.registry}); the one use
 * of a Jdbi internal type is package-private here.
 */
package dev.softdelete.jdbi;
