package org.ehelp.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SamplingTest {

  @Test
  void sampled_isTheSameAtEveryCall() {
    for (long request = 1; request < 200; request++) {
      assertEquals(Sampling.sampled(7, request, 30), Sampling.sampled(7, request, 30));
    }
  }

  @Test
  void sampled_allAtHundredNoneAtZero() {
    for (long request = 1; request < 200; request++) {
      assertTrue(Sampling.sampled(3, request, 100));
      assertFalse(Sampling.sampled(3, request, 0));
    }
  }

  @Test
  void sampled_keepsAboutTheRate() {
    long kept = LongStream.range(1, 10_001).filter(r -> Sampling.sampled(11, r, 25)).count();

    assertTrue(kept > 2_300 && kept < 2_700, "kept " + kept + " of 10000 at 25%");
  }

  @Test
  void sampled_dependsOnTheCampaign() {
    long differ =
        LongStream.range(1, 1_001)
            .filter(r -> Sampling.sampled(1, r, 50) != Sampling.sampled(2, r, 50))
            .count();

    assertTrue(differ > 300, "samples of two campaigns differ on " + differ + " of 1000");
  }

  @Test
  void sampled_growsWithTheRate() {
    for (long request = 1; request < 500; request++) {
      if (Sampling.sampled(5, request, 20)) {
        assertTrue(Sampling.sampled(5, request, 60), "request " + request);
      }
    }
  }
}
