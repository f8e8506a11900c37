package org.brobygge.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** .xlsx workbooks for tests, written with the fastexcel writer: sheets of rows of cells. */
public final class Workbooks {

  private Workbooks() {}

  /** One row's cells: a String, Number or Boolean each; null leaves the cell out. */
  public static Object[] row(Object... cells) {
    return cells;
  }

  /** A sheet named {@code name} holding {@code rows} from row 1. */
  public static Consumer<Workbook> sheet(String name, Object[]... rows) {
    return workbook -> {
      Worksheet sheet = workbook.newWorksheet(name);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number n) {
            sheet.value(r, c, n);
          } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
          } else if (value != null) {
            sheet.value(r, c, (String) value);
          }
        }
      }
    };
  }

  @SafeVarargs
  public static byte[] workbook(Consumer<Workbook>... sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      for (Consumer<Workbook> sheet : sheets) {
        sheet.accept(workbook);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
