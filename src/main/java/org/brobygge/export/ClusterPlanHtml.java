package org.brobygge.export;

import java.util.List;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The cluster plan as an HTML fragment for the web app's plan page: the Markdown of {@link
 * ClusterPlanMarkdown}, rendered by commonmark-java with GitHub tables. Raw HTML in the Markdown
 * (an actor's name, say) is escaped, not passed through, and link targets are sanitised, so data
 * cannot inject markup into the page.
 */
public final class ClusterPlanHtml {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private ClusterPlanHtml() {}

  public static String render(ClusterPlan plan) {
    return fromMarkdown(ClusterPlanMarkdown.render(plan));
  }

  static String fromMarkdown(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }
}
