package org.brobygge.analysis.bridges;

/** What a recommendation asks for. */
public enum RecommendationType {
  /** Two actors who are not tied across the gap start working together. */
  NEW_TIE("new_tie"),
  /** A weak tie across the gap (light, or ended long ago) is renewed and deepened. */
  STRENGTHEN("strengthen");

  private final String id;

  RecommendationType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
