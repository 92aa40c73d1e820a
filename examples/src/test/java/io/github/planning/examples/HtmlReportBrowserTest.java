package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the page with observations, logs no
 * script error, and renders the charts and the progress table (the DOM it dumps, and a screenshot
 * that is not blank). Skipped, saying so, only where no Chromium is installed; {@code .ci/run}
 * installs it.
 */
class HtmlReportBrowserTest {

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--enable-logging=stderr",
          "--v=0");

  static Path chromium() {
    String given = System.getenv("CHROMIUM");
    for (String candidate :
        new String[] {
          given, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"
        }) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  @Test
  void theReport_rendersItsChartsAndProgressTable_withoutAScriptError(@TempDir Path dir)
      throws Exception {
    Path chromium = chromium();
    Assumptions.assumeTrue(
        chromium != null,
        "no Chromium binary (/usr/bin/chromium or "
            + "$CHROMIUM): the HTML report is not checked in a browser; .ci/run installs one");
    Path observations = dir.resolve("obs.csv");
    Files.writeString(
        observations,
        "code,year,value,status\n1-2-01,2021,830,final\n"
            + "1-2-01,2022,880,final\n1-2-01,2023,920,preliminary\n1-2-28,2023,2.9,final\n",
        UTF_8);
    PlanningCliTest.Run run =
        PlanningCliTest.run(
            "report", "--format", "html", "--observations", observations.toString());
    assertThat(run.status()).isZero();
    Path page = dir.resolve("report.html");
    Files.writeString(page, run.out(), UTF_8);

    Browser dom = browse(chromium, dir, "--dump-dom", page.toUri().toString());
    assertThat(dom.status()).as(dom.err()).isZero();
    assertThat(dom.err()).doesNotContain("Uncaught", "SyntaxError", "ReferenceError", "TypeError");
    Document rendered = Jsoup.parse(dom.out());
    assertThat(rendered.select("table.progress tbody tr")).hasSize(2);
    // each progress measure's status side by side: Open SDG, 时间过半, Eurostat, UNSD, Destatis
    assertThat(rendered.select("table.progress th.measure")).hasSize(5);
    assertThat(rendered.select("table.progress tbody tr").first().select("td.label"))
        .hasSizeGreaterThan(5);
    assertThat(rendered.select("figure.growth svg rect")).hasSizeGreaterThan(10);
    assertThat(rendered.select("figure.assessment svg")).isNotEmpty();
    assertThat(rendered.select("svg.path")).hasSize(2);
    assertThat(rendered.select("figcaption").eachText()).anyMatch(t -> t.contains("各目标所需年均增长"));

    Path shot = dir.resolve("report.png");
    Browser screenshot =
        browse(
            chromium,
            dir,
            "--screenshot=" + shot,
            "--window-size=1280,2400",
            "--hide-scrollbars",
            page.toUri().toString());
    assertThat(screenshot.status()).as(screenshot.err()).isZero();
    assertThat(Files.size(shot)).as("screenshot size").isGreaterThan(50_000);
    BufferedImage image = ImageIO.read(shot.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(20);
  }

  private record Browser(int status, String out, String err) {}

  private static Browser browse(Path chromium, Path dir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString()));
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 90 s: " + Files.readString(err));
    }
    return new Browser(
        process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }
}
