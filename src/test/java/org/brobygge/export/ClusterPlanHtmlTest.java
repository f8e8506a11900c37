package org.brobygge.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterPlanHtmlTest {

  @Test
  void rendersHeadingsAndTablesAsHtml() {
    String html =
        ClusterPlanHtml.fromMarkdown(
            "# Plan: Rödälven\n\n| Gap | Severity |\n|---|---:|\n| Research | 1.00 |\n");
    assertThat(html)
        .contains("<h1>Plan: Rödälven</h1>")
        .contains("<table>")
        .contains("<td align=\"right\">1.00</td>");
  }

  /** An actor named like markup stays text, and a javascript: link loses its target. */
  @Test
  void escapesMarkupFromTheDataAndSanitisesLinks() {
    String html =
        ClusterPlanHtml.fromMarkdown(
            "**<script>alert(1)</script> AB** works with <img src=x onerror=alert(2)>\n\n"
                + "[site](javascript:alert(3))");
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .doesNotContain("javascript:")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
