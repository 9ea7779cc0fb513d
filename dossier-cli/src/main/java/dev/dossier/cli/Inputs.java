package dev.dossier.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files named on the command line: files as given, folders walked recursively in sorted
 * order. Entries that cannot be files (a path that does not exist, a broken link, a folder that
 * cannot be listed) are kept with their problem, so each is reported, never silently dropped.
 */
final class Inputs {
  private Inputs() {}

  /** A file to read, or a path that failed before reading. */
  record Input(Path path, String problem) {
    boolean failed() {
      return problem != null;
    }
  }

  static List<Input> collect(List<Path> paths) {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        walk(p, out);
      } else {
        out.add(single(p));
      }
    }
    return out;
  }

  private static Input single(Path p) {
    if (Files.isRegularFile(p)) {
      return new Input(p, null);
    }
    if (Files.isSymbolicLink(p)) {
      return new Input(p, "broken link: its target does not exist");
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return new Input(p, "not found");
    }
    return new Input(p, "not a regular file");
  }

  private static void walk(Path dir, List<Input> out) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                found.add(new Input(file, null));
              } else if (attrs.isSymbolicLink()) {
                found.add(single(file));
              } else if (!attrs.isDirectory()) {
                found.add(new Input(file, "not a regular file"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Input(file, "unreadable: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(new Input(dir, "unreadable: " + describe(e)));
    }
    found.sort(Comparator.comparing(i -> i.path().toString()));
    out.addAll(found);
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "not found";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
