package dev.dossier.hanlp;

import com.hankcs.hanlp.HanLP;

/**
 * The one place that touches HanLP 1.x's public static configuration ({@code HanLP.Config}).
 *
 * <p>HanLP keeps its settings in mutable static fields; we set them exactly once, here, before
 * any HanLP class is used, and never again. Every Dossier class that calls HanLP first calls
 * {@link #ensureConfigured()}. The settings chosen: no console debugging, no automatic
 * normalisation (we normalise ourselves and must keep offsets), data read from the portable jar.
 * Thread-safe: initialisation happens under the class-loading lock.
 */
public final class HanLpRuntime {
  private HanLpRuntime() {}

  private static final class Holder {
    static final boolean CONFIGURED = configure();

    private static boolean configure() {
      HanLP.Config.enableDebug(false);
      HanLP.Config.Normalization = false;
      HanLP.Config.ShowTermNature = true;
      return true;
    }
  }

  /** Applies Dossier's HanLP settings once; cheap after the first call. */
  public static void ensureConfigured() {
    if (!Holder.CONFIGURED) {
      throw new IllegalStateException("HanLP configuration failed");
    }
  }
}
