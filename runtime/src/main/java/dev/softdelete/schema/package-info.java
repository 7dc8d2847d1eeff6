/**
 * Checks a live database schema against the contract that soft deletion relies on: the live column
 * (nullable, DEFAULT TRUE, never FALSE), its CHECKs, and a unique index per key that lets dead rows
 * share the key with one live row; and, as warnings, the indexes that keep pages and purges fast.
 *
 * <p><b>Public API:</b> {@link dev.softdelete.schema.SchemaVerifier} (the entry point), {@link
 * dev.softdelete.schema.SchemaReport}, {@link dev.softdelete.schema.SchemaProblem} and {@link
 * dev.softdelete.schema.SchemaMismatchException}. Everything else here is package-private:
 *
 * <ul>
 *   <li>reading the catalog: {@code SchemaCatalog} and one reader per dialect ({@code H2Catalog},
 *       {@code PostgreSqlCatalog}, {@code MySqlCatalog}, {@code SqliteCatalog} with {@code
 *       SqliteSchemaText}, {@code SqlServerCatalog}, {@code OracleCatalog}), which return a {@code
 *       TableLookup} of the row types {@code TableInfo}, {@code ColumnInfo}, {@code IndexInfo} and
 *       {@code CheckInfo};
 *   <li>having the database evaluate the table's own expressions over sample rows: {@code SampleSql}
 *       writes the SELECT per dialect, {@code DatabaseEvaluator} runs it;
 *   <li>judging: {@code TableAnalysis} (columns, the live column, rows counted by {@code RowCounts}),
 *       {@code CheckAnalysis} (CHECKs), {@code KeyAnalysis} and {@code KeyVerdict} (unique indexes),
 *       {@code ScanIndexes} (the warnings about indexes for pages and purges);
 *   <li>the SQL that each problem's message proposes as its fix: {@code SchemaFixes}.
 * </ul>
 */
package dev.softdelete.schema;
