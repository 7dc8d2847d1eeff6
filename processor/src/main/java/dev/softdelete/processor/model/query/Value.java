package dev.softdelete.processor.model.query;

import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.model.JavaType;
import java.util.Optional;

/**
 * A value a repository method binds or returns that is not an entity component: a {@code @Query}
 * parameter, a scalar result, a component of a record the result maps to.
 *
 * @param name its name: the parameter's, the record component's
 * @param type its Java type
 * @param kind the supported kind, if the type is one that can be bound or read
 * @param primitive whether the type is a primitive
 */
public record Value(String name, TypeName type, Optional<JavaType> kind, boolean primitive) {}
