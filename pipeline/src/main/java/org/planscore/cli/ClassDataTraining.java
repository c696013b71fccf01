package org.planscore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planscore.support.FileTrees;

/**
 * What {@code ./planscore} runs once after a build, under {@code -XX:ArchiveClassesAtExit}, to write its class-data
 * archive: both kinds of command in one JVM — {@code validate} of a small workbook, which reads it without Spring,
 * then {@code history}, which starts Spring, Flyway, H2 and Batch — so that either kind finds its classes in the
 * archive. (Trained on {@code history} alone, {@code validate} loaded POI's classes from the jars: about 0.2 s more.)
 * Exits with {@code history}'s status when it is not OK, so the script keeps no archive of a failed training.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path folder = Files.createTempDirectory("planscore-training");
        ExitCode code;
        try {
            // what validate thinks of the workbook does not matter here, only that it read it
            new PlanScoreCli(quiet, quiet).run("validate", workbook(folder).toString());
            code = new PlanScoreCli(quiet, quiet).run("history", "--limit", "1");
        } finally {
            FileTrees.deleteTree(folder);
        }
        if (code != ExitCode.OK) {
            System.exit(code.code());
        }
    }

    /** A province table as a GSO workbook lays one out: a title, a header of years, a row per province. */
    private static Path workbook(Path folder) throws IOException {
        Path file = folder.resolve("training.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("GRDP");
            sheet.createRow(0).createCell(0).setCellValue("Tổng sản phẩm trên địa bàn theo giá hiện hành");
            sheet.createRow(1).createCell(2).setCellValue("Tỷ đồng");
            Row header = sheet.createRow(2);
            header.createCell(1).setCellValue("2023");
            header.createCell(2).setCellValue("Sơ bộ 2024");
            String[] provinces = {"Hà Nội", "Hải Phòng", "Quảng Ninh"};
            for (int i = 0; i < provinces.length; i++) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue(provinces[i]);
                row.createCell(1).setCellValue(100_000 + i);
                row.createCell(2).setCellValue(110_000 + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
