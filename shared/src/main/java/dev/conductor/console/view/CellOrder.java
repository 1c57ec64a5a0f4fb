package dev.conductor.console.view;

import java.math.BigDecimal;
import java.util.Comparator;

/** Orders cells as numbers when both are numbers ({@code 12}, {@code 0.5}), otherwise as text ignoring case. */
public enum CellOrder implements Comparator<String> {
    INSTANCE;

    private static final int WHOLE = -1;
    private static final int NOT_A_NUMBER = -2;

    @Override
    public int compare(String a, String b) {
        int pointA = point(a);
        int pointB = point(b);
        if (pointA == WHOLE && pointB == WHOLE) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (pointA != NOT_A_NUMBER && pointB != NOT_A_NUMBER) {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }

    /** Where the decimal point is, {@link #WHOLE} for digits only, {@link #NOT_A_NUMBER} for anything else. */
    private static int point(String cell) {
        if (cell.isEmpty() || cell.length() >= 18) {
            return NOT_A_NUMBER;
        }
        int point = WHOLE;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '.' && point == WHOLE && i > 0 && i < cell.length() - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
        }
        return point;
    }
}
