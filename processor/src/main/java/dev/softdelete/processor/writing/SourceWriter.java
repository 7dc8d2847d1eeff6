package dev.softdelete.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.processor.Diagnostics;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Entity;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The one place generated files are written. Every source gets {@code @Generated} (without a
 * timestamp, so builds are reproducible) and {@code @SoftDeleteGenerated}, names the record as its
 * originating element (each output of a record has exactly one; a registry has all of the
 * compilation's), and skips java.lang imports. A file that cannot be written becomes an error on the record.
 */
public final class SourceWriter {
  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final String PROCESSOR = "dev.softdelete.processor.SoftDeleteProcessor";

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final boolean generatedAvailable;

  public SourceWriter(Filer filer, Elements elements, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.generatedAvailable = elements.getTypeElement(GENERATED) != null;
  }

  /** Writes the type into the entity's package; false, after reporting why, when it cannot. */
  public boolean write(Entity entity, TypeSpec.Builder type) {
    return write(entity.element(), entity.packageName(), type);
  }

  /**
   * Writes the type into the package; false, after reporting on {@code origin} why, when it cannot.
   * Further originating elements may be on the builder already.
   */
  public boolean write(TypeElement origin, String packageName, TypeSpec.Builder type) {
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
              .addMember("value", "$S", PROCESSOR)
              .build());
    }
    type.addAnnotation(SoftDeleteGenerated.class);
    type.addOriginatingElement(origin);
    TypeSpec spec = type.build();
    String name = packageName.isEmpty() ? spec.name() : packageName + "." + spec.name();
    try {
      // The text first, then one write: JavaFile.writeTo(Filer) appends each token to the Filer's
      // unbuffered OutputStreamWriter, whose encoding was a tenth of JavaPoet's time on 500 records
      // (JFR of benchmarks/processor-cost.sh). The text is the same, and a type that cannot be
      // rendered leaves no empty file behind.
      String text =
          JavaFile.builder(packageName, spec)
              .skipJavaLangImports(true)
              .indent("    ")
              .build()
              .toString();
      JavaFileObject file =
          filer.createSourceFile(name, spec.originatingElements().toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(text);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      diagnostics.error(
          origin, Message.CANNOT_WRITE, name, origin.getSimpleName(), e.getMessage());
      return false;
    }
  }

  /** Writes a text resource into the class output, for example the DDL files. */
  public boolean writeResource(Entity entity, String path, String content) {
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, entity.element());
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      diagnostics.error(
          entity.element(), Message.CANNOT_WRITE, path, entity.simpleName(), e.getMessage());
      return false;
    }
  }

  /**
   * Writes a text resource made from several elements into the class output, for example the services
   * file that lists every registry; false, after reporting on the first element why, when it cannot.
   */
  public boolean writeResource(List<? extends Element> origins, String path, String content) {
    return writeResource(
        origins,
        path,
        content,
        e -> diagnostics.error(
            origins.get(0), Message.CANNOT_WRITE, path, origins.get(0).getSimpleName(), e.getMessage()));
  }

  /**
   * Writes a migration into the class output. A migration holds the tables of many records, so it
   * names them all as its originating elements; an error that it cannot be written is about the
   * compilation, not one record.
   */
  public boolean writeMigration(String path, String content, List<? extends Element> originating) {
    return writeResource(
        originating, path, content, e -> diagnostics.error(Message.CANNOT_WRITE_MIGRATION, path, e.getMessage()));
  }

  private boolean writeResource(
      List<? extends Element> origins, String path, String content, java.util.function.Consumer<Exception> failed) {
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      failed.accept(e);
      return false;
    }
  }

  /**
   * The statement that generated code runs for a {@code dialect} it was not compiled for: it names
   * the dialects it has and the processor option that chose them.
   */
  static CodeBlock throwUnknownDialect(
      Class<? extends RuntimeException> exception, String owner, Collection<Dialect> dialects) {
    return CodeBlock.of(
        "throw new $T($S + dialect\n$>$>+ $S\n+ $S)$<$<",
        exception,
        owner + " has no SQL for ",
        "; it was compiled for " + dialects.stream().map(Dialect::id).collect(Collectors.joining(", ")),
        " (see the processor option softdelete.dialects)");
  }
}
