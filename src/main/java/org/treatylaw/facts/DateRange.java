package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A date known to lie between two days, both included. A day is a range of one day; {@code 1998-03} is the whole
 * of March 1998; {@code 1994-04-30/1998-02} is any day from 30 April 1994 to 28 February 1998.
 */
public record DateRange(LocalDate earliest, LocalDate latest) implements Comparable<DateRange> {

    public DateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a date range ends (" + latest + ") before it starts (" + earliest + ")");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Reads {@code 1998-03-15}, {@code 1998-03}, {@code 1998} or an interval {@code 1994-04-30/1998-02}. */
    @JsonCreator
    public static DateRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required");
        }
        String value = text.trim();
        int slash = value.indexOf('/');
        if (slash >= 0) {
            DateRange from = parse(value.substring(0, slash));
            DateRange to = parse(value.substring(slash + 1));
            if (to.latest.isBefore(from.earliest)) {
                throw new IllegalArgumentException("'" + text + "' ends before it starts");
            }
            return new DateRange(from.earliest, to.latest);
        }
        try {
            return switch (value.length()) {
                case 4 -> new DateRange(LocalDate.of(Integer.parseInt(value), 1, 1), LocalDate.of(Integer.parseInt(value), 12, 31));
                case 7 -> {
                    YearMonth month = YearMonth.parse(value);
                    yield new DateRange(month.atDay(1), month.atEndOfMonth());
                }
                default -> day(LocalDate.parse(value));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write 1998-03-15, 1998-03, 1998 or 1994-04-30/1998-02");
        }
    }

    public boolean isExact() {
        return earliest.equals(latest);
    }

    /** The ISO form: a day, a whole month or year, or an interval of days. */
    @JsonValue
    @Override
    public String toString() {
        if (isExact()) {
            return earliest.toString();
        }
        if (earliest.getDayOfMonth() == 1 && latest.equals(YearMonth.from(earliest).atEndOfMonth())) {
            return YearMonth.from(earliest).toString();
        }
        if (earliest.getDayOfYear() == 1 && latest.getYear() == earliest.getYear() && latest.getMonthValue() == 12 && latest.getDayOfMonth() == 31) {
            return String.valueOf(earliest.getYear());
        }
        return earliest + "/" + latest;
    }

    public DateRange plusDays(long days) {
        return new DateRange(earliest.plusDays(days), latest.plusDays(days));
    }

    public DateRange plusMonths(long months) {
        return new DateRange(earliest.plusMonths(months), latest.plusMonths(months));
    }

    /** The first day of the month that follows each end. */
    public DateRange firstDayOfFollowingMonth() {
        return new DateRange(YearMonth.from(earliest).plusMonths(1).atDay(1), YearMonth.from(latest).plusMonths(1).atDay(1));
    }

    /** The later of two uncertain dates: each end is the later of the two ends. */
    public DateRange orLater(DateRange other) {
        return new DateRange(max(earliest, other.earliest), max(latest, other.latest));
    }

    /** The earlier of two uncertain dates: each end is the earlier of the two ends. */
    public DateRange orEarlier(DateRange other) {
        return new DateRange(min(earliest, other.earliest), min(latest, other.latest));
    }

    /** The date of the last of several events. */
    public static DateRange lastOf(Collection<DateRange> dates) {
        return dates.stream().reduce(DateRange::orLater).orElseThrow(() -> new IllegalArgumentException("no dates"));
    }

    /** The date of the first of several events. */
    public static DateRange firstOf(Collection<DateRange> dates) {
        return dates.stream().reduce(DateRange::orEarlier).orElseThrow(() -> new IllegalArgumentException("no dates"));
    }

    /** The date on which the n-th (from 1) of several events happened: order statistics on both ends. */
    public static DateRange nthOf(Collection<DateRange> dates, int n) {
        if (n < 1 || n > dates.size()) {
            throw new IllegalArgumentException("no " + n + "th of " + dates.size() + " dates");
        }
        return new DateRange(nth(dates, n, DateRange::earliest), nth(dates, n, DateRange::latest));
    }

    private static LocalDate nth(Collection<DateRange> dates, int n, Function<DateRange, LocalDate> end) {
        List<LocalDate> sorted = dates.stream().map(end).sorted().toList();
        return sorted.get(n - 1);
    }

    public boolean certainlyOnOrBefore(LocalDate day) {
        return !latest.isAfter(day);
    }

    public boolean certainlyAfter(LocalDate day) {
        return earliest.isAfter(day);
    }

    public boolean certainlyBefore(DateRange other) {
        return latest.isBefore(other.earliest);
    }

    @Override
    public int compareTo(DateRange other) {
        return Comparator.comparing(DateRange::earliest).thenComparing(DateRange::latest).compare(this, other);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
