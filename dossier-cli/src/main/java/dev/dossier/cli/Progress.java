package dev.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a one-line bar redrawn in place on a terminal, plain lines (every 100
 * files or 2 seconds) when piped, or nothing. Hand-written: a single \r line needs no library,
 * and the terminal libraries behind progress-bar packages (JLine) weigh more than the whole CLI.
 * Not thread-safe: called from the thread that writes the output.
 */
final class Progress {
  enum Mode {
    AUTO, BAR, PLAIN, NONE
  }

  private final Mode mode;
  private final PrintWriter err;
  private final int total;
  private long lastPrint;
  private int lastFiles;
  private boolean barShown;

  Progress(Mode mode, PrintWriter err, int total) {
    this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.PLAIN) : mode;
    this.err = err;
    this.total = total;
    this.lastPrint = System.nanoTime();
  }

  void update(int files, int articles, int failed) {
    long now = System.nanoTime();
    switch (mode) {
      case BAR -> {
        if (now - lastPrint < 100_000_000L && files < total) {
          return;
        }
        int width = 30;
        int done = total == 0 ? width : files * width / total;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files, %d articles, %d failed",
            "#".repeat(done), " ".repeat(width - done), files, total, articles, failed));
        err.flush();
        barShown = true;
      }
      case PLAIN -> {
        if (files - lastFiles < 100 && now - lastPrint < 2_000_000_000L) {
          return;
        }
        err.println(String.format(Locale.ROOT, "progress: %d/%d files, %d articles, %d failed", files, total, articles, failed));
        lastFiles = files;
      }
      default -> {
        return;
      }
    }
    lastPrint = now;
  }

  /** Prints one message line, clearing the bar first. */
  void message(String line) {
    if (barShown) {
      err.print("\r" + " ".repeat(79) + "\r");
    }
    err.println(line);
    err.flush();
  }

  /** Ends the bar's line so later messages start on their own line. */
  void finish() {
    if (barShown) {
      err.println();
      err.flush();
    }
  }
}
