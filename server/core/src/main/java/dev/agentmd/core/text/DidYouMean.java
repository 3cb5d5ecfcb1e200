package dev.agentmd.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the nearest known word to a misspelt one, for "did you mean" messages and fixes. */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * The candidate closest to {@code input}: an exact case-insensitive match first, else the unique
   * candidate within a small edit distance (transpositions count as one edit), else empty.
   */
  public static Optional<String> nearest(String input, Collection<String> candidates) {
    String lower = input.toLowerCase(Locale.ROOT);
    String normalized = normalize(input);
    int allowed = Math.min(3, Math.max(1, input.length() / 3));
    String sameIgnoringCase = null;
    String sameNormalized = null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    if (FORMS.size() > 10_000) {
      FORMS.clear();
    }
    for (String candidate : candidates) {
      Forms forms = FORMS.computeIfAbsent(candidate, Forms::of);
      if (forms.lower().equals(lower)) {
        sameIgnoringCase = sameIgnoringCase == null ? candidate : sameIgnoringCase;
        continue;
      }
      if (sameIgnoringCase != null) {
        continue;
      }
      if (forms.normalized().equals(normalized)) {
        sameNormalized = sameNormalized == null ? candidate : sameNormalized;
        continue;
      }
      if (sameNormalized != null) {
        continue;
      }
      int distance = distance(lower, forms.lower(), allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    if (sameIgnoringCase != null) {
      return Optional.of(sameIgnoringCase);
    }
    if (sameNormalized != null) {
      return Optional.of(sameNormalized);
    }
    return bestDistance <= allowed && !tie ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Candidates come from schemas and settings, a few hundred words at most; their lower-case and
   * normalized forms are computed once, since suggestions run for every unknown word.
   */
  private static final Map<String, Forms> FORMS = new ConcurrentHashMap<>();

  private record Forms(String lower, String normalized) {
    static Forms of(String word) {
      return new Forms(word.toLowerCase(Locale.ROOT), normalize(word));
    }
  }

  /** Drops case, {@code -} and {@code _}, so {@code max_turns} meets {@code maxTurns}. */
  private static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '-' && c != '_' && c != ' ') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Optimal string alignment distance, giving up early once past {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return Integer.MAX_VALUE - 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
