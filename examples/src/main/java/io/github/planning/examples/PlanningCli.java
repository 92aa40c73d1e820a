package io.github.planning.examples;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code planning} command: {@code report}, {@code check} and {@code convert}.
 *
 * <pre>
 * java -jar examples/target/planning.jar report                 # the embedded Wuxing plan
 * java -jar examples/target/planning.jar report --format html my-plan.csv &gt; report.html
 * java -jar examples/target/planning.jar check my-plan.csv
 * java -jar examples/target/planning.jar convert my-plan.csv my-plan.json
 * </pre>
 *
 * <p>Exit status: 0 fine, 1 problems in the data (or a file that cannot be read or written), 2 a
 * usage error.
 */
@Command(
    name = "planning",
    mixinStandardHelpOptions = true,
    version = "planning 0.1.0",
    description = "Reads, checks, reports on and converts plan indicator tables (规划纲要指标表).",
    subcommands = {
      ReportCommand.class,
      CheckCommand.class,
      ConvertCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  fine",
      "  1  problems in the data, or a file that cannot be read or written",
      "  2  a usage error"
    })
public final class PlanningCli implements Callable<Integer> {

  /** Inputs larger than this get a progress indication on a terminal. */
  static final long LARGE_INPUT = 10L << 20;

  @Option(
      names = "--debug",
      description = "Show stack traces of errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Option(
      names = "--encoding",
      description =
          "The encoding of what is printed (default: "
              + "UTF-8; GB18030 for a console that needs it).",
      scope = CommandLine.ScopeType.INHERIT)
  Charset encoding = StandardCharsets.UTF_8;

  @Option(
      names = "--lang",
      description = "zh (default) or en: the language of labels, statuses " + "and findings.",
      scope = CommandLine.ScopeType.INHERIT,
      converter = Lang.Converter.class)
  Lang lang = Lang.ZH;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final InputStream stdin;
  final OutputStream stdout;
  final PrintWriter stderr;
  final boolean terminal;

  private PlanningCli(
      InputStream stdin, OutputStream stdout, PrintWriter stderr, boolean terminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.terminal = terminal;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API, which complains on stderr without a provider
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogStatusLoggerLevel", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.exit(run(args, System.in, System.out, System.err, System.console() != null));
  }

  /** Runs the command with the given streams, not on a terminal, and returns its exit status. */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    return run(args, InputStream.nullInputStream(), out, err, false);
  }

  /**
   * Runs the command with the given streams and returns its exit status; {@code terminal} tells
   * whether standard error is a terminal, which alone gets progress indications.
   */
  static int run(
      String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    PrintWriter usage = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new PlanningCli(in, out, stderr, terminal));
    cli.setOut(usage);
    cli.setErr(stderr);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          boolean debug =
              parsed.matchedOption("--debug") != null
                  || parsed.subcommands().stream()
                      .anyMatch(s -> s.matchedOption("--debug") != null);
          if (debug) {
            e.printStackTrace(stderr);
          }
          printError(stderr, message(e));
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          stderr.println("planning: " + io.github.planning.core.Texts.printable(reason(e)));
          stderr.println(
              "Try 'planning "
                  + (e.getCommandLine().getCommandName().equals("planning")
                      ? ""
                      : e.getCommandLine().getCommandName() + " ")
                  + "--help' for usage.");
          return CommandLine.ExitCode.USAGE;
        });
    int status = cli.execute(args);
    usage.flush();
    stderr.flush();
    return status;
  }

  /**
   * Prints a message on standard error, each line but the indented ones after {@code planning:}.
   */
  static void printError(PrintWriter stderr, String message) {
    message
        .lines()
        .forEach(
            l ->
                stderr.println(
                    (l.startsWith("  ") ? "" : "planning: ")
                        + io.github.planning.core.Texts.printable(l)));
  }

  /**
   * Prints the problems of inputs read with {@code --lenient} on standard error; the exit status: 1
   * if there were any, else 0.
   */
  int problems(List<io.github.planning.io.PlanningReadException> problems) {
    problems.forEach(p -> printError(stderr, reason(p)));
    stderr.flush();
    return problems.isEmpty() ? 0 : 1;
  }

  /** The message of an error: of its cause for an I/O error, which names the path. */
  private static String message(Exception e) {
    if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
      return message(e.getCause());
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "cannot read " + n.getFile() + ": no such file";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return reason(e);
  }

  /** The message of an exception, or its name when it has none. */
  static String reason(Exception e) {
    String message = e.getMessage();
    return message != null ? message : e.toString();
  }

  private static String message(Throwable e) {
    return e instanceof Exception x ? message(x) : e.toString();
  }

  /** Standard output in the encoding of {@code --encoding}. */
  PrintWriter out() {
    return new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(stdout, encoding)));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return CommandLine.ExitCode.USAGE;
  }
}
