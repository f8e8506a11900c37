package org.brobygge.web.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** An id is the user's text: it must not add parameters to the download's header. */
class ExportFileNameTest {

  @Test
  void quotesAndSemicolonsInAnIdCannotInjectAHeaderParameter() {
    String name = ExportController.safeFileName("brobygge-ego-a\"; filename=evil.exe; x=\".gexf");
    String header = ContentDisposition.attachment().filename(name).build().toString();

    assertThat(name).matches("[A-Za-z0-9._-]+");
    assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(name);
    assertThat(header).containsOnlyOnce("filename=");
  }

  @Test
  void ordinaryNamesAreKept() {
    assertThat(ExportController.safeFileName("brobygge-space.graphml"))
        .isEqualTo("brobygge-space.graphml");
  }
}
