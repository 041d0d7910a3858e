package org.ehelp.infrastructure.mail.mime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ehelp.domain.model.mail.MailClassifier;
import org.ehelp.domain.model.mail.ParsedMail;

/**
 * Feeds the real-mail corpus through intake's parsing and classification and prints messages per
 * second: the median of several timed rounds after warm-up rounds. It measures the CPU work of
 * intake only, not the database or the mail servers. Run it with {@code ./mvnw -B -q -pl ejb -am
 * -Pbench -DskipTests test}; folders absent from the shared corpus are left out and named.
 */
public final class IntakeBenchmark {

  private static final int WARM_UP_ROUNDS = 5;
  private static final int TIMED_ROUNDS = 15;
  private static final List<String> FOLDERS =
      List.of(
          "django-helpdesk-emails",
          "mime4j-testmsgs",
          "rt-emails",
          "sisimai-bounces",
          "zammad-mail",
          "zbateson-mime-samples");

  private IntakeBenchmark() {}

  public static void main(String[] args) throws IOException {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    List<byte[]> messages = new ArrayList<>();
    long bytes = 0;
    for (String name : FOLDERS) {
      Optional<CorpusFolder> folder = CorpusFolder.locate(name);
      if (folder.isEmpty()) {
        out.println(
            "skipped " + name + ": absent from the project and from " + CorpusFolder.SHARED);
        continue;
      }
      for (var entry : folder.get().expected()) {
        Optional<byte[]> raw = folder.get().read(entry.getString("file"));
        if (raw.isPresent()) {
          messages.add(raw.get());
          bytes += raw.get().length;
        }
      }
    }
    MimeMailParser parser = new MimeMailParser();
    int automatic = 0;
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      automatic = round(parser, messages).automatic();
    }
    double[] rates = new double[TIMED_ROUNDS];
    for (int i = 0; i < TIMED_ROUNDS; i++) {
      long nanos = round(parser, messages).nanos();
      rates[i] = messages.size() / (nanos / 1e9);
    }
    Arrays.sort(rates);
    out.printf(
        "%d messages (%.1f MB, %d classified automatic), %d timed rounds after %d warm-up"
            + " rounds%n",
        messages.size(), bytes / 1e6, automatic, TIMED_ROUNDS, WARM_UP_ROUNDS);
    out.printf(
        "messages per second: median %.0f, min %.0f, max %.0f (max/min %.2f)%n",
        rates[TIMED_ROUNDS / 2],
        rates[0],
        rates[TIMED_ROUNDS - 1],
        rates[TIMED_ROUNDS - 1] / rates[0]);
  }

  /** The time one round took, and how many messages it found automatic. */
  private record Round(long nanos, int automatic) {}

  /** Parses and classifies every message once. */
  private static Round round(MimeMailParser parser, List<byte[]> messages) {
    long start = System.nanoTime();
    int automatic = 0;
    for (byte[] raw : messages) {
      ParsedMail mail = parser.parse(raw);
      if (!MailClassifier.classify(mail, Set.of("helpdesk@example.com")).kind().mayAnswer()) {
        automatic++;
      }
    }
    return new Round(System.nanoTime() - start, automatic);
  }
}
