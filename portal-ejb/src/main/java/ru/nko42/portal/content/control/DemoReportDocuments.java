package ru.nko42.portal.content.control;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The documents of the demo content, made when it is loaded: an annual report as DOCX (Apache POI's XWPF), its
 * figures as XLSX (XSSF), and plain PNG covers drawn with Java2D. The texts are the demo's own.
 */
public final class DemoReportDocuments {

    /** One line of the figures table: what, and how many. */
    public record Figure(String name, double value) {}

    private DemoReportDocuments() {}

    /** A Word document: a title, then one paragraph per element of {@code paragraphs}. */
    public static byte[] annualReport(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(title);
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel workbook of one sheet: a header row, then the figures. */
    public static byte[] figures(String sheetName, String nameHeader, String valueHeader, List<Figure> figures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(nameHeader);
            header.createCell(1).setCellValue(valueHeader);
            for (int i = 0; i < figures.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(figures.get(i).name());
                row.createCell(1).setCellValue(figures.get(i).value());
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 1200×630 PNG (the Open Graph size): a gradient between two colours with light circles; no text, so that no
     * font has to be installed on the server.
     */
    public static byte[] cover(Color from, Color to) {
        int width = 1200;
        int height = 630;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, from, width, height, to));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(255, 255, 255, 60));
            for (int i = 0; i < 6; i++) {
                g.fillOval(780 + i * 40 - i * i * 12, 80 + i * 60, 220 - i * 20, 220 - i * 20);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
