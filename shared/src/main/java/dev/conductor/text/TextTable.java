package dev.conductor.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned table for terminals: a header row, then rows, columns padded to fit. */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable add(List<String> row) {
        rows.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
        return this;
    }

    public void print(PrintWriter out) {
        int[] widths = widths();
        printRow(out, header, widths);
        rows.forEach(row -> printRow(out, row, widths));
        out.flush();
    }

    private int[] widths() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], i < row.size() ? row.get(i).length() : 0);
            }
        }
        return widths;
    }

    private static void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < row.size() ? row.get(i) : "";
            line.append(i == widths.length - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
        }
        out.println(line.toString().stripTrailing());
    }
}
