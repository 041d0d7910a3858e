package org.ehelp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Builds the archives the integration tests deploy. Every IT deploys the EAR that this module
 * packaged, so the tests see the application as it ships, with its real persistence unit,
 * migrations and web module.
 */
public final class Deployments {

  /** System property with the path of the EAR. The failsafe configuration in pom.xml sets it. */
  public static final String EAR_PROPERTY = "ehelp.ear";

  private Deployments() {}

  /** Reads the EAR built by this module, for {@code @Deployment(testable = false)}. */
  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty(EAR_PROPERTY, "target/ehelp.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(
          "EAR not found at "
              + ear.getAbsolutePath()
              + "; run the integration tests with ./mvnw verify, which builds it first");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
