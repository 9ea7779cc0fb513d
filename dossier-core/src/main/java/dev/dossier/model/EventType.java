package dev.dossier.model;

/**
 * Kinds of event, each mapped to a CAMEO root code (GDELT's event taxonomy) for interchange; see
 * docs/schema.md for the mapping and the trigger words.
 */
public enum EventType {
  /** A visit to a place or host: CAMEO 042 (make a visit) / 043 (host a visit), root 04. */
  VISIT("04"),
  /** A meeting, talks, a dinner: CAMEO 040 (consult) / 044 (meet at a third location), root 04. */
  MEET("04"),
  /** A telephone or video call: CAMEO 041 (discuss by telephone), root 04. */
  CALL("04"),
  /** Attending a summit, forum or ceremony: CAMEO 043/044, root 04. */
  ATTEND("04"),
  /** Signing an agreement: CAMEO 057 (sign formal agreement), root 05. */
  SIGN("05"),
  /** A speech or public statement: CAMEO 010 (make statement), root 01. */
  SPEECH("01");

  private final String cameoRoot;

  EventType(String cameoRoot) {
    this.cameoRoot = cameoRoot;
  }

  public String cameoRoot() {
    return cameoRoot;
  }
}
