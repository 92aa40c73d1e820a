package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A file written whole or not at all: the content goes to a temporary file in the same directory,
 * which replaces the file only once the content is complete.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("plan.json"), out -> PlanJsonWriter.write(plan, out));
 * }</pre>
 *
 * <p>If writing fails, the temporary file is deleted and the file is as it was (absent, or with its
 * old bytes). The move is atomic where the file system supports it; elsewhere the file is replaced
 * in one move, so that a reader may at worst see no file for a moment, never a partial one. A
 * symbolic link is followed: the file it points to is replaced, the link kept. An existing file
 * keeps its POSIX permissions; a new one is {@code rw-r--r--}.
 */
public final class AtomicFile {

  /** What is written into the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content; {@code out} is buffered and closed by {@link AtomicFile}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** The permissions of a new file, as a umask of 022 gives (a temporary file has rw-------). */
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> NEW_FILE =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFile() {}

  /**
   * Writes {@code path} whole or not at all.
   *
   * @throws IOException naming the path when it is a directory, its directory does not exist, or
   *     the content or the move fails; the file is then untouched
   */
  public static void write(Path path, Content content) throws IOException {
    requireNonNull(content, "content");
    Path target = target(path);
    Path directory = target.getParent();
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(new Unclosable(out));
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * The file to replace: {@code path} absolute, or the file a symbolic link points to.
   *
   * @throws IOException when it is a directory or its directory does not exist
   */
  static Path target(Path path) throws IOException {
    Path absolute = requireNonNull(path, "path").toAbsolutePath().normalize();
    if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
      absolute = absolute.toRealPath();
    }
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(path.toString(), null, "it is a directory, not a file");
    }
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new FileSystemException(
          path.toString(),
          null,
          "its directory " + (directory == null ? "" : directory + " ") + "does not exist");
    }
    return absolute;
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView from =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (from == null) {
      return;
    }
    Files.setPosixFilePermissions(
        temporary,
        Files.exists(target, LinkOption.NOFOLLOW_LINKS)
            ? from.readAttributes().permissions()
            : NEW_FILE);
  }

  /** The stream given to the content, whose close only flushes. */
  private static final class Unclosable extends java.io.FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
