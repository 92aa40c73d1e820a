package io.github.planning.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of planning-jackson2, from its Maven project, as {@link
 * PlanningJackson2Module#version()} reports it.
 *
 * <pre>{@code
 * PackageVersion.VERSION;   // 0.1.0-SNAPSHOT, io.github.planning:planning-jackson2
 * }</pre>
 */
public final class PackageVersion implements Versioned {

  /** The version of the Maven project this module was built from. */
  public static final Version VERSION = read();

  /** Creates the version holder, as Jackson's own {@code PackageVersion} classes are made. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version read() {
    Properties project = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from planning-jackson2");
      }
      project.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        project.getProperty("version"),
        project.getProperty("groupId"),
        project.getProperty("artifactId"));
  }
}
