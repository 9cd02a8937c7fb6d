package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Scorecard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The two workbooks written in memory, and a sheet's rows read back as Excel shows them. */
public final class Workbooks {
    private Workbooks() {
    }

    public static byte[] rectification(Scorecard card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] ranking(Ranking ranking, List<CategoryScore> heads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XlsxRankingWriter().write(ranking, heads, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet's rows, each as its cells' shown text; an error when the sheet is missing. */
    public static List<List<String>> rows(byte[] workbook, String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError("no sheet " + sheetName);
            }
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(shown.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
