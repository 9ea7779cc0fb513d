/**
 * People, places and organisations: {@link dev.dossier.analyze.entity.EntityRecognizer} finds
 * mentions on the token stage's segmentation (HanLP's person recognisers and dictionary natures,
 * the curated gazetteer, composition, title and abbreviation rules, English capitalised-name
 * patterns) and links them into one entity per real-world entity;
 * {@link dev.dossier.analyze.entity.EntityStage} runs it in the pipeline. Quality is measured by
 * {@code dossier eval ner} (dossier-eval's {@code dev.dossier.eval.ner}).
 */
package dev.dossier.analyze.entity;
