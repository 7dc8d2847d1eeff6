package dev.softdelete.processor.validation;

import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.query.RepositoryMethod;

/** Judges the SQL and the result of a {@code @Query} method. */
public final class QueryMethodValidator {
  void validate(Entity entity, RepositoryMethod.Sql method, ValidationReport.Builder report) {
    // TODO(lead): wire the SQL analysis from the querysql branch.
  }
}
