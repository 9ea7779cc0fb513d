package dev.dossier.analyze.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.dossier.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curated names shipped in {@code gazetteer.tsv} (see the README beside it), matched with
 * HanLP's Aho-Corasick double-array trie: every spelling of an entry (Chinese or English) maps to
 * its entry. Immutable and thread-safe after loading.
 */
final class Gazetteer {
  /** One real-world entity: its type, canonical name, spellings and country (or null). */
  record Entry(EntityType type, String canonical, List<String> aliases, String country) {}

  /** A gazetteer name found in a text. */
  record Hit(int start, int end, Entry entry) {}

  private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();
  private final Map<String, Entry> byCanonical = new HashMap<>();

  private Gazetteer(List<Entry> entries) {
    TreeMap<String, Entry> names = new TreeMap<>();
    for (Entry e : entries) {
      byCanonical.put(e.canonical(), e);
      names.put(e.canonical(), e);
      for (String a : e.aliases()) {
        names.putIfAbsent(a, e);
      }
    }
    trie.build(names);
  }

  static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      if (in == null) {
        throw new IllegalStateException("gazetteer.tsv missing from the classpath");
      }
      List<Entry> entries = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<String> aliases = f.length > 2 && !f[2].isBlank() ? List.of(f[2].split("\\|")) : List.of();
        String country = f.length > 3 && !f[3].isBlank() ? f[3] : null;
        entries.add(new Entry(EntityType.valueOf(f[0]), f[1], aliases, country));
      }
      return new Gazetteer(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer.tsv", e);
    }
  }

  Entry get(String canonical) {
    return byCanonical.get(canonical);
  }

  /**
   * Every gazetteer name in {@code text}, longest first where they overlap. A Latin name must
   * stand as a word (no letter or digit either side).
   */
  List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    for (AhoCorasickDoubleArrayTrie<Entry>.Hit<Entry> h : trie.parseText(text)) {
      if (isLatin(text.charAt(h.begin)) && !wordBounded(text, h.begin, h.end)) {
        continue;
      }
      hits.add(new Hit(h.begin, h.end, h.value));
    }
    return hits;
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80;
  }

  private static boolean wordBounded(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }
}
