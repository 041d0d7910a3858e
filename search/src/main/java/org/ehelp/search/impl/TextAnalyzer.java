package org.ehelp.search.impl;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of every text field, for French and English at once because a request may be in
 * either: words per Unicode rules, French elisions removed ({@code l’imprimante} gives {@code
 * imprimante}, with a straight or a typographic apostrophe), lower case, accents folded ({@code
 * écran} matches {@code ecran}), then light stemming of plurals and common endings in English and
 * then French. Stemming is light so that a word rarely meets an unrelated one; the same chain runs
 * on the indexed text and on the query.
 */
public final class TextAnalyzer extends Analyzer {

  /** French articles and pronouns that elide before a vowel. */
  private static final CharArraySet ELISIONS =
      new CharArraySet(
          Arrays.asList(
              "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
          true);

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, ELISIONS);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new EnglishPossessiveFilter(stream);
    stream = new EnglishMinimalStemFilter(stream);
    stream = new FrenchMinimalStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
