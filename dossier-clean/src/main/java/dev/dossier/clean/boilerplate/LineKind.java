package dev.dossier.clean.boilerplate;

/** What a removed line was; the names appear in the {@code BOILERPLATE_REMOVED} warning. */
enum LineKind {
  HEADER("source/time header"),
  BYLINE("byline"),
  EDITOR("editor line"),
  COPYRIGHT("copyright notice"),
  BREADCRUMB("breadcrumb"),
  TEMPLATE_PATH("template path/URL"),
  SOURCE_LIST("source list"),
  TAGS("tag list"),
  END_MARK("end mark"),
  CAPTION("image caption"),
  RELATED("related-reading block"),
  COMMENTS("comment section"),
  ADVERTISEMENT("advertisement");

  private final String label;

  LineKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
