package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.clean.Samples;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command in-process: output, bad inputs, exit codes and the summary line. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DossierCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path copySamples() throws IOException {
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    try (var files = Files.list(Samples.dir())) {
      for (Path f : files.toList()) {
        Files.copy(f, samples.resolve(f.getFileName()));
      }
    }
    return samples;
  }

  @Test
  void theSamplesGiveOneParsableJsonObjectPerArticleInFileOrder() throws Exception {
    Path samples = copySamples();
    Run r = run("analyze", "--progress", "none", samples.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(6);
    ObjectMapper m = new ObjectMapper();
    List<String> paths = r.lines().stream().map(l -> readPath(m, l)).toList();
    assertThat(paths).isSorted();
    JsonNode last = m.readTree(r.lines().get(5));
    assertThat(last.get("part").asInt()).isEqualTo(1);
    assertThat(last.get("title").asText()).isEqualTo("续丝路情谊谋合作新篇");
    assertThat(r.err()).contains("dossier: read 5 files, 6 articles, 0 failed");
  }

  private static String readPath(ObjectMapper m, String line) {
    try {
      return m.readTree(line).get("source_path").asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test
  void badFilesAreReportedOneLineEachAndTheRestIsStillOutput() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Samples.path("003"), in.resolve("a-good.txt"));
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    Files.write(in.resolve("c-image.png"), png);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("d-archive.zip")))) {
      zip.putNextEntry(new ZipEntry("x.txt"));
      zip.write("新华社北京7月1日电".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] random = new byte[1 << 20];
    new Random(42).nextBytes(random);
    Files.write(in.resolve("e-random.bin"), random);
    Files.writeString(in.resolve("f-nested.html"),
        "<html><body>" + "<div>".repeat(100_000) + "<p>托卡耶夫会见了代表团。</p>" + "</div>".repeat(100_000) + "</body></html>");
    Files.writeString(in.resolve("g-malformed.html"),
        "<html><head><title>标题</title><body><p>习近平同托卡耶夫举行会谈。<div><span><p>双方签署合作文件。<table><td>");
    Files.createSymbolicLink(in.resolve("h-dangling.txt"), in.resolve("nowhere.txt"));
    Path missing = dir.resolve("does-not-exist.txt");

    Run r = run("analyze", "--progress", "none", in.toString(), missing.toString());

    assertThat(r.code()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> !l.startsWith("dossier: read")).toList();
    assertThat(errors)
        .anyMatch(l -> l.startsWith("dossier: " + in.resolve("b-empty.txt")) && l.endsWith("empty file"))
        .anyMatch(l -> l.startsWith("dossier: " + in.resolve("c-image.png")) && l.contains("binary file"))
        .anyMatch(l -> l.startsWith("dossier: " + in.resolve("d-archive.zip")) && l.contains("binary file"))
        .anyMatch(l -> l.startsWith("dossier: " + in.resolve("e-random.bin")))
        .anyMatch(l -> l.startsWith("dossier: " + in.resolve("h-dangling.txt")) && l.contains("broken link"))
        .anyMatch(l -> l.equals("dossier: " + missing + ": not found"));
    assertThat(errors).noneMatch(l -> l.contains("internal error"));
    ObjectMapper m = new ObjectMapper();
    List<String> paths = r.lines().stream().map(l -> readPath(m, l)).toList();
    assertThat(paths).contains(in.resolve("a-good.txt").toString(), in.resolve("f-nested.html").toString(),
        in.resolve("g-malformed.html").toString());
    long failed = errors.size();
    assertThat(r.err()).contains("dossier: read " + (9 - failed) + " files, " + r.lines().size() + " articles, " + failed + " failed (");
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedWithoutReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] chunk = "新闻。\n".repeat(1 << 17).getBytes(StandardCharsets.UTF_8); // 1.25 MiB: 160 chunks are exactly 200 MiB
    try (OutputStream o = Files.newOutputStream(big)) {
      for (long written = 0; written < 200L << 20; written += chunk.length) {
        o.write(chunk);
      }
    }
    try {
      Run r = run("analyze", "--progress", "none", big.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("dossier: " + big + ": too large (200.0 MB > 32.0 MB limit)");
      assertThat(r.out()).isEmpty();
    } finally {
      Files.delete(big);
    }
  }

  @Test
  void outWritesTheFileWhole() throws Exception {
    Path samples = copySamples();
    Path out = dir.resolve("out/all.jsonl");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old content\n");
    Run r = run("analyze", "--progress", "none", "--out", out.toString(), samples.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(6).noneMatch(l -> l.contains("old content"));
    try (var files = Files.list(out.getParent())) {
      assertThat(files.toList()).containsExactly(out);
    }
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(run("analyze").code()).isEqualTo(2);
    assertThat(run("analyze", "--bogus", "x").code()).isEqualTo(2);
    Run bad = run("analyze", "--encoding", "NO-SUCH-CHARSET", "x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("NO-SUCH-CHARSET");
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void helpExplainsEveryOption() {
    Run r = run("analyze", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--out", "--encoding", "--max-input-size", "--max-article-chars", "--threads",
        "--progress", "--clean-only", "Exit codes");
    assertThat(run("--help").out()).contains("analyze", "bench", "eval");
  }

  @Test
  void anEncodingOverrideDecodesAGb18030File() throws Exception {
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, Samples.text("000").getBytes("GB18030"));
    Run r = run("analyze", "--progress", "none", "--clean-only", "--encoding", "GB18030", gbk.toString());
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.lines().get(0)).get("title").asText())
        .isEqualTo("总统来华出席重要活动后,专程到新疆与马兴瑞再次会面");
  }
}
