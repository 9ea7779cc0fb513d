package dev.dossier.model;

/** Kinds of named entity. */
public enum EntityType {
  PERSON, PLACE, ORG
}
