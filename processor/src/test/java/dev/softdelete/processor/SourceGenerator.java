package dev.softdelete.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Another processor: generates one source file in its first round, or in a later one. */
final class SourceGenerator extends AbstractProcessor {
  private final String qualifiedName;
  private final String source;
  private final int inRound;
  private int rounds;

  SourceGenerator(String qualifiedName, String source) {
    this(qualifiedName, source, 1);
  }

  /** Generates the source in its {@code round}th round (the first is 1). */
  SourceGenerator(String qualifiedName, String source, int round) {
    this.qualifiedName = qualifiedName;
    this.source = source;
    this.inRound = round;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (++rounds == inRound) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
