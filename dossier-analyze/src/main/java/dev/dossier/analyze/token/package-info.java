/**
 * Word segmentation with part-of-speech tags and offsets: the one HanLP segmentation of the text,
 * shared by the entity recogniser and every later stage that needs words.
 */
package dev.dossier.analyze.token;
