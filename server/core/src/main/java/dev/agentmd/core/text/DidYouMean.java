package dev.agentmd.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest known word to a misspelt one, for "did you mean" messages and fixes. */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * The candidate closest to {@code input}: an exact case-insensitive match first, else the unique
   * candidate within a small edit distance (transpositions count as one edit), else empty.
   */
  public static Optional<String> nearest(String input, Collection<String> candidates) {
    String lower = input.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(candidate);
      }
    }
    String normalized = normalize(input);
    for (String candidate : candidates) {
      if (normalize(candidate).equals(normalized)) {
        return Optional.of(candidate);
      }
    }
    int allowed = Math.min(3, Math.max(1, input.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return bestDistance <= allowed && !tie ? Optional.ofNullable(best) : Optional.empty();
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
