package io.github.planning.io.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of planning-io, from its Maven project, as {@link PlanningModule#version()} reports
 * it.
 *
 * <pre>{@code
 * PackageVersion.VERSION;   // 0.1.0-SNAPSHOT, io.github.planning:planning-io
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
        throw new IllegalStateException("version.properties is missing from planning-io");
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
