package org.brobygge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.brobygge.BrobyggeApplication;
import org.brobygge.ingest.cordis.CordisFiles;
import org.brobygge.ingest.cordis.CordisImporter;
import org.brobygge.ingest.cordis.CordisOptions;
import org.brobygge.ingest.cordis.CordisParser;
import org.brobygge.model.TieKinds;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A CORDIS import of Horizon 2020's size: generates {@code project.csv} and {@code
 * organization.csv} in CORDIS's layout with about 180,000 participations (seeded; a few percent of
 * organisations in Norrbotten or Lapland, a skewed reuse of organisations, some consortia of over
 * 100), then times the parse and region filter alone, and the whole import (parse, filter,
 * validation, write) into a fresh embedded Neo4j.
 *
 * <p>Args: participations (default 180000), parse runs (default 3).
 */
public final class CordisBenchmark {

  private CordisBenchmark() {}

  static final String[] ELSEWHERE = {
    "DE212", "FR101", "ES511", "ITC4C", "NL329", "BE100", "EL303", "UKI31", "SE110", "SE224",
    "FI1B1", "FI1C2", "DK011", "AT130", "PT170", "PL911", "IE061", "NO081", "CH040", "CZ010"
  };
  static final String[] REGION = {"SE332", "FI1D7", "FI1A3"};
  static final String[] TYPES = {"HES", "REC", "PRC", "PRC", "PRC", "PUB", "OTH"};
  static final String[] ROLES = {"participant", "participant", "partner", "thirdParty"};

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 180_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    CordisFiles files = generate(target, new Random(20261203));
    System.out.printf(
        Locale.ROOT,
        "generated project.csv %.1f MB and organization.csv %.1f MB in %.1f s%n",
        files.projects().length / 1e6,
        files.organizations().length / 1e6,
        secs(t0));

    CordisParser parser = new CordisParser(TieKinds.builtIn());
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      var result = parser.parse(files, CordisOptions.DEFAULTS);
      System.out.printf(
          Locale.ROOT, "parse + filter run %d: %.2f s; %s%n", i + 1, secs(t), result.stats());
    }

    Path dir = Files.createTempDirectory("brobygge-cordisbench-").resolve("neo4j");
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(BrobyggeApplication.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(
                "--brobygge.embedded.data-dir=" + dir,
                "--brobygge.embedded.bolt-port=0",
                "--brobygge.sample.load-on-start=false",
                "--logging.level.root=WARN")) {
      System.out.printf(Locale.ROOT, "database started in %.1f s%n", secs(started));
      CordisImporter importer = app.getBean(CordisImporter.class);
      for (int i = 0; i < 2; i++) {
        long t = System.nanoTime();
        var report = importer.importFiles(files, CordisOptions.DEFAULTS);
        System.out.printf(
            Locale.ROOT,
            "whole import run %d (%s database): %.2f s, of which the write %.2f s; %d actors, %d"
                + " ties, %d nodes created%n",
            i + 1,
            i == 0 ? "empty" : "same data already in the",
            secs(t),
            report.write().millis() / 1000.0,
            report.stats().actors(),
            report.stats().ties(),
            report.write().nodesCreated());
      }
    } finally {
      FileSystemUtils.deleteRecursively(dir.getParent());
    }
  }

  /** Files in CORDIS's layout with about {@code target} participations. */
  static CordisFiles generate(int target, Random random) {
    int organisations = target / 4;
    StringBuilder orgs = new StringBuilder(target * 520);
    StringBuilder projects = new StringBuilder(target / 5 * 1300);
    orgs.append(
        "\"projectID\";\"projectAcronym\";\"organisationID\";\"vatNumber\";\"name\";"
            + "\"shortName\";\"SME\";\"activityType\";\"street\";\"postCode\";\"city\";"
            + "\"country\";\"nutsCode\";\"geolocation\";\"organizationURL\";\"contactForm\";"
            + "\"contentUpdateDate\";\"rcn\";\"order\";\"role\";\"ecContribution\";"
            + "\"netEcContribution\";\"totalCost\";\"endOfParticipation\";\"active\"\n");
    projects.append(
        "\"id\";\"acronym\";\"status\";\"title\";\"startDate\";\"endDate\";\"totalCost\";"
            + "\"ecMaxContribution\";\"legalBasis\";\"topics\";\"ecSignatureDate\";"
            + "\"frameworkProgramme\";\"masterCall\";\"subCall\";\"fundingScheme\";\"nature\";"
            + "\"objective\";\"contentUpdateDate\";\"rcn\";\"grantDoi\"\n");
    String objective = "Lorem ipsum; dolor \"\"sit\"\" amet, ".repeat(30);
    int rows = 0;
    int project = 0;
    while (rows < target) {
      project++;
      String id = Integer.toString(630_000 + project);
      String acronym = "P" + project;
      int year = 2014 + random.nextInt(7);
      int n =
          random.nextInt(100) == 0
              ? 50 + random.nextInt(150)
              : 1 + (int) Math.min(40, -Math.log(1 - random.nextDouble()) * 4.0);
      projects
          .append(q(id))
          .append(';')
          .append(q(acronym))
          .append(";\"CLOSED\";")
          .append(q("Project number " + project))
          .append(';')
          .append(q(year + "-01-01"))
          .append(';')
          .append(q((year + 3) + "-12-31"))
          .append(";\"1000000\";\"900000,5\";\"H2020-EU.3.5.\";\"SC5-2014\";")
          .append(q(year - 1 + "-11-01"))
          .append(";\"H2020\";\"H2020-SC5-2014\";\"H2020-SC5-2014-1\";\"RIA\";\"\";")
          .append(q(objective))
          .append(";\"2022-01-01 10:00:00\";")
          .append(q(Integer.toString(190_000 + project)))
          .append(";\"\"\n");
      for (int k = 0; k < n && rows < target; k++) {
        // a skewed reuse: low indices (big universities, institutes) take part far more often
        int org = (int) (organisations * Math.pow(random.nextDouble(), 3));
        boolean home =
            org % 211 == 17; // about 0.5% of organisations, one of them (17) among the most active
        String nuts = home ? REGION[org % 3] : ELSEWHERE[org % ELSEWHERE.length];
        String country = nuts.substring(0, 2);
        String type = TYPES[org % TYPES.length];
        String orgId = Integer.toString(900_000_000 + org);
        String ec = (random.nextInt(500_000)) + "," + random.nextInt(100);
        orgs.append(q(id))
            .append(';')
            .append(q(acronym))
            .append(';')
            .append(q(orgId))
            .append(';')
            .append(q(org % 3 == 0 ? "" : country + (10_000_000 + org)))
            .append(';')
            .append(q("Organisation " + org + " " + type))
            .append(';')
            .append(q("O" + org))
            .append(';')
            .append(q(type.equals("PRC") ? "true" : "false"))
            .append(';')
            .append(q(type))
            .append(";\"Storgatan 1\";\"97100\";\"City\";")
            .append(q(country))
            .append(';')
            .append(q(nuts))
            .append(";\"65.6,22.1\";\"https://example.org\";\"https://example.org/contact\";")
            .append("\"2022-01-01 10:00:00\";\"1\";")
            .append(q(Integer.toString(k + 1)))
            .append(';')
            .append(q(k == 0 ? "coordinator" : ROLES[random.nextInt(ROLES.length)]))
            .append(';')
            .append(q(ec))
            .append(';')
            .append(q(ec))
            .append(';')
            .append(q(ec))
            .append(";\"false\";\"\"\n");
        rows++;
      }
    }
    return new CordisFiles(
        projects.toString().getBytes(StandardCharsets.UTF_8),
        orgs.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String q(String value) {
    return "\"" + value + "\"";
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
