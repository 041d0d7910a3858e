package org.ehelp.domain.model.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Decides whether a request is in a campaign's sample. The decision is a hash of the campaign and
 * request ids compared with the rate, so it is the same on every instance and at every run, and a
 * test can tell in advance which requests a rate keeps.
 */
public final class Sampling {

  /** The number of buckets the hash falls in: rates are whole percents, so 100 would do. */
  private static final int BUCKETS = 10_000;

  private Sampling() {}

  /**
   * Returns whether the request is in the sample of a campaign with this rate.
   *
   * @param percent 0 keeps no request, 100 keeps every one
   */
  public static boolean sampled(long campaignId, long requestId, int percent) {
    return bucket(campaignId, requestId) < percent * (BUCKETS / 100);
  }

  /** Returns the request's bucket in the campaign, from 0 to 9,999. */
  public static int bucket(long campaignId, long requestId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((campaignId + ":" + requestId).getBytes(StandardCharsets.US_ASCII));
      return Math.floorMod(ByteBuffer.wrap(hash).getInt(), BUCKETS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
