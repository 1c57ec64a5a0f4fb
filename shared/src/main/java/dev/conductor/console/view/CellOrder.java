package dev.conductor.console.view;

import java.util.Comparator;

/** Orders cells as numbers when both are whole numbers, otherwise as text ignoring case. */
public enum CellOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && cell.length() < 18 && cell.chars().allMatch(Character::isDigit);
    }
}
