package dev.softdelete.processor.model.query;

import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.model.JavaType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What a repository method returns, as far as the verbs care.
 *
 * @param shape the container or scalar
 * @param type the method's return type
 * @param element the type of the rows for {@link Shape#LIST}, {@link Shape#OPTIONAL} and {@link
 *     Shape#STREAM}, else the return type itself
 * @param record the row type's record, when it is one: the entity or a projection
 * @param elementKind the supported kind of the row type (or of the type itself), when it is a scalar
 * @param recordComponents the components of {@code record}, in order; empty without one
 */
public record ResultType(
    Shape shape,
    TypeName type,
    TypeName element,
    Optional<TypeElement> record,
    Optional<JavaType> elementKind,
    List<Value> recordComponents) {

  public ResultType {
    recordComponents = List.copyOf(recordComponents);
  }

  public enum Shape {
    LIST("List"),
    OPTIONAL("Optional"),
    STREAM("Stream"),
    LONG("long"),
    INT("int"),
    BOOLEAN("boolean"),
    VOID("void"),
    /** Any other type: a single value of a {@code @Query}, or an error for a derived method. */
    OTHER("");

    private final String display;

    Shape(String display) {
      this.display = display;
    }

    public String display() {
      return display;
    }

    /** Whether the method returns rows in a container. */
    public boolean isRows() {
      return this == LIST || this == OPTIONAL || this == STREAM;
    }
  }
}
