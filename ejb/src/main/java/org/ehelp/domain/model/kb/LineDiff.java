package org.ehelp.domain.model.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share and those only one has, by longest common subsequence. Quadratic in the
 * number of lines, which suits articles of a few hundred lines.
 */
public final class LineDiff {

  private LineDiff() {}

  /** The change a line of the comparison shows between the old text and the new one. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the comparison. */
  public record Line(Kind kind, String text) {}

  public static List<Line> compare(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        lines.add(new Line(Kind.SAME, a[i++]));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Kind.REMOVED, a[i++]));
      } else {
        lines.add(new Line(Kind.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      lines.add(new Line(Kind.REMOVED, a[i++]));
    }
    while (j < b.length) {
      lines.add(new Line(Kind.ADDED, b[j++]));
    }
    return lines;
  }
}
