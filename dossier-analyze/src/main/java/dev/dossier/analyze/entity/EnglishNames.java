package dev.dossier.analyze.entity;

import dev.dossier.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in English text that no gazetteer holds: runs of capitalised words (joined by "of",
 * "the", "and" inside organisation names), typed from their context in the whole text. A run is
 * a person after a title (President, Minister, Mr) or before a verb of speech (said, told); an
 * organisation when it ends with an organisation word (Organization, Ministry, Bank) or is an
 * acronym of one that the text spells out; a place after a preposition of place (in, to, from)
 * or when it ends with a place word (Province, City). A run with no such evidence is not a name
 * (Belt and Road, Chinese). Every mention of a surface takes the type its strongest evidence
 * gives, and a one-word mention of a person's last name is that person. Stateless.
 *
 * <p>Hand-written: no English recogniser is on the classpath (OpenNLP's and CoreNLP's need model
 * downloads), and these patterns are the ones news copy follows.
 */
final class EnglishNames {
  private EnglishNames() {}

  /** An English name found: span, type and linking key. */
  record Name(int start, int end, EntityType type, String key) {}

  private static final String WORD = "[A-Z][a-z]+(?:['’][a-z]+)?(?:-[A-Z]?[a-z]+)*|[A-Z]{2,6}";
  private static final Pattern RUN =
      Pattern.compile("\\b(?:" + WORD + ")(?:(?:\\s+|\\s+(?:of|of the|for|and|de|al|bin|van|von)\\s+)(?:" + WORD + "))*\\b");
  private static final Pattern LEADING_WORD =
      Pattern.compile("(\\S+)\\s+(?:(?:of the|of|for|and|de|al|bin|van|von)\\s+)?");
  private static final Pattern TITLE_BEFORE =
      Pattern.compile("(?:President|Premier|Prime Minister|Minister|Chancellor|Secretary(?:-General)?|Chairman|Chairwoman|"
          + "Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Ambassador|Governor|Mayor|King|Queen|Prince|Senator|spokesperson|spokesman|"
          + "spokeswoman|General|Director|Professor|leader|envoy|Vice President|Vice Premier|CEO|founder|actor|singer|"
          + "player|coach|writer|student)\\s+$");
  private static final Pattern SPEECH_AFTER =
      Pattern.compile("^(?:'s\\b|’s\\b)?,?\\s*(?:said|says|told|added|noted|stressed|noting|adding|stated|remarked|"
          + "urged|wrote|asked|replied|met|visited|hailed|announced|called)\\b");
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:in|to|from|at|near|across|visit|visited|visiting|"
      + "toward|towards|outside|inside|via)\\s+)$");
  private static final Pattern ORG_END = Pattern.compile(".*\\b(?:Organization|Organisation|Ministry|Bank|University|"
      + "College|Institute|Council|Committee|Commission|Association|Agency|Company|Corporation|Corp|Group|Party|Forum|"
      + "Union|Fund|Federation|Office|Department|Assembly|Parliament|Congress|Court|Academy|Society|Foundation|Army|"
      + "Navy|Force|Police|Bureau|Authority|Center|Centre|Alliance|League|Club|School|Hospital|News|Agency|Times|Post|"
      + "Daily|Television|Radio|Network|Airlines|Railway|Railways|Holdings|Ltd|Inc)$");
  private static final Pattern PLACE_END = Pattern.compile(".*\\b(?:Province|City|County|Region|Island|Islands|Sea|"
      + "Ocean|River|Lake|Mountain|Mountains|Valley|Street|Square|Republic|Kingdom|State|District|Prefecture|Port|"
      + "Peninsula|Gulf|Bay|Desert|Airport|Station)$");
  /** Capitalised words that start sentences or name days, months and nationalities, not entities. */
  private static final Set<String> NOT_NAMES = Set.of(
      "The", "A", "An", "In", "On", "At", "To", "For", "From", "By", "With", "As", "Of", "And", "But", "Or", "If",
      "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That",
      "These", "Those", "There", "Here", "When", "While", "After", "Before", "During", "Since", "Under", "Over",
      "Also", "According", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "Two", "Three", "One", "Both", "All", "Many", "Some", "Such", "Mr", "Mrs",
      "Ms", "Dr", "Photo", "Editor", "Xinhua", "Read", "More", "Source", "Today",
      "Yesterday", "Tomorrow", "Now", "Then", "Meanwhile", "However", "Moreover", "Besides", "Still", "Yet", "So",
      "Not", "No", "Yes", "New", "Last", "Next", "First", "Second", "Third", "What", "Who", "How", "Why", "Where",
      "Which", "Let", "Please", "Thank", "Thanks", "Welcome", "State", "Council");
  /** Nationalities: part of an organisation's name, not of a person's. */
  private static final Set<String> DEMONYMS = Set.of(
      "Chinese", "Kazakh", "Kazakhstani", "American", "Russian", "British", "French", "German", "Japanese", "Korean",
      "Indian", "European", "Asian", "African", "Arab", "Uzbek", "Tajik", "Kyrgyz", "Turkmen", "Mongolian",
      "Iranian", "Turkish", "Pakistani", "Italian", "Spanish", "Canadian", "Australian", "Brazilian", "Egyptian");
  /** Title words that open a run before a person's name. */
  private static final Set<String> TITLE_WORDS = Set.of(
      "President", "Premier", "Prime", "Minister", "Foreign", "Vice", "Deputy", "Chancellor", "Secretary",
      "Secretary-General", "Chairman", "Chairwoman", "Ambassador", "Governor", "Mayor", "King", "Queen", "Prince",
      "Senator", "General", "Director", "Professor", "Mr", "Mrs", "Ms", "Dr", "Spokesperson", "Spokesman", "Envoy",
      "Special", "Chief", "Executive", "Speaker", "Defense", "Defence", "Finance", "Trade", "Commerce", "Sheikh", "Emir");

  /** Names in {@code text} outside {@code taken} characters (gazetteer hits, Chinese names). */
  static List<Name> find(String text, boolean[] taken) {
    record Run(int start, int end, String surface, boolean titled) {}
    List<Run> runs = new ArrayList<>();
    int firstCapital = 0;
    while (firstCapital < text.length() && (text.charAt(firstCapital) < 'A' || text.charAt(firstCapital) > 'Z')) {
      firstCapital++;
    }
    if (firstCapital == text.length()) {
      return List.of(); // no Latin capital: nothing to scan (most Chinese texts)
    }
    Matcher m = RUN.matcher(text);
    m.useTransparentBounds(true);
    // What find() would do, trying only the capitals: a run starts with one, and letting the
    // regex engine try every character of a Chinese text cost more than the rest of this method.
    for (int at = firstCapital; at < text.length(); ) {
      char c = text.charAt(at);
      if (c < 'A' || c > 'Z') {
        at++;
        continue;
      }
      m.region(at, text.length());
      if (!m.lookingAt()) {
        at++;
        continue;
      }
      at = m.end();
      int s = m.start();
      int e = m.end();
      // Drop leading words that are not names (The, In ...) and the joiners after them; then,
      // unless the run names an organisation (Kazakh Air Force), nationalities and titles
      // (Chinese President, Foreign Minister), which are evidence of a person.
      String surface = m.group();
      boolean titled = false;
      Matcher lead = LEADING_WORD.matcher(surface);
      while (lead.lookingAt()) {
        String word = lead.group(1);
        boolean strip = NOT_NAMES.contains(word)
            || !ORG_END.matcher(surface).matches() && (DEMONYMS.contains(word) || TITLE_WORDS.contains(word));
        if (!strip) {
          break;
        }
        titled |= TITLE_WORDS.contains(word);
        surface = surface.substring(lead.end());
        s = e - surface.length();
        lead = LEADING_WORD.matcher(surface);
      }
      if (NOT_NAMES.contains(surface) || DEMONYMS.contains(surface) || TITLE_WORDS.contains(surface)) {
        continue;
      }
      if (surface.isEmpty() || free(taken, s, e) < e - s) {
        continue;
      }
      runs.add(new Run(s, e, surface, titled));
    }
    // Evidence per surface, over the whole text.
    Map<String, EntityType> typeOf = new HashMap<>();
    Map<String, Integer> strength = new HashMap<>();
    for (Run r : runs) {
      String before = text.substring(Math.max(0, r.start() - 30), r.start());
      String after = text.substring(r.end(), Math.min(text.length(), r.end() + 20));
      EntityType t = null;
      int w = 0;
      if (ORG_END.matcher(r.surface()).matches()) {
        t = EntityType.ORG;
        w = 3;
      } else if (PLACE_END.matcher(r.surface()).matches()) {
        t = EntityType.PLACE;
        w = 3;
      } else if (r.titled() || TITLE_BEFORE.matcher(before).find() || SPEECH_AFTER.matcher(after).find()) {
        t = EntityType.PERSON;
        w = 2;
      } else if (PLACE_BEFORE.matcher(before).find() && !r.surface().chars().allMatch(Character::isUpperCase)) {
        t = EntityType.PLACE;
        w = 1;
      }
      if (t != null && w > strength.getOrDefault(r.surface(), 0)) {
        typeOf.put(r.surface(), t);
        strength.put(r.surface(), w);
      }
    }
    // An acronym spelled out in the text takes the type of its long form: "... Council (SCC)".
    Map<String, String> lastNames = new HashMap<>();
    Map<String, EntityType> acronyms = new HashMap<>();
    for (Map.Entry<String, EntityType> e : typeOf.entrySet()) {
      String s = e.getKey();
      if (e.getValue() == EntityType.PERSON && s.contains(" ")) {
        lastNames.putIfAbsent(s.substring(s.lastIndexOf(' ') + 1), s);
      }
      if (e.getValue() == EntityType.ORG && s.contains(" ")) {
        StringBuilder initials = new StringBuilder();
        for (String part : s.split("\\s+")) {
          if (Character.isUpperCase(part.charAt(0))) {
            initials.append(part.charAt(0));
          }
        }
        if (initials.length() >= 2) {
          acronyms.putIfAbsent(initials.toString().toUpperCase(Locale.ROOT), EntityType.ORG);
          lastNames.putIfAbsent(initials.toString().toUpperCase(Locale.ROOT), s);
        }
      }
    }
    acronyms.forEach(typeOf::putIfAbsent);
    List<Name> out = new ArrayList<>();
    for (Run r : runs) {
      String key = lastNames.getOrDefault(r.surface(), r.surface());
      EntityType t = typeOf.getOrDefault(r.surface(), typeOf.get(key));
      if (t != null) {
        out.add(new Name(r.start(), r.end(), t, key));
      }
    }
    return out;
  }

  private static int free(boolean[] taken, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (!taken[i]) {
        n++;
      }
    }
    return n;
  }
}
