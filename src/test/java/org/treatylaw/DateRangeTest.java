package org.treatylaw;

import org.junit.jupiter.api.Test;
import org.treatylaw.facts.DateRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTest {

    @Test
    void aMonthIsTheIntervalItCovers() {
        DateRange march = DateRange.parse("1998-03");
        assertThat(march.earliest()).isEqualTo(LocalDate.of(1998, 3, 1));
        assertThat(march.latest()).isEqualTo(LocalDate.of(1998, 3, 31));
        assertThat(march).hasToString("1998-03");
    }

    @Test
    void aYearIsTheIntervalItCovers() {
        assertThat(DateRange.parse("1998")).isEqualTo(new DateRange(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31)));
    }

    @Test
    void anIntervalRunsFromTheStartOfItsFirstToTheEndOfItsLast() {
        DateRange bounded = DateRange.parse("1994-04-30/1998-02");
        assertThat(bounded).isEqualTo(new DateRange(LocalDate.of(1994, 4, 30), LocalDate.of(1998, 2, 28)));
        assertThat(bounded).hasToString("1994-04-30/1998-02-28");
    }

    @Test
    void theLastOfSeveralUncertainDatesTakesTheLaterOfEachEnd() {
        DateRange last = DateRange.lastOf(List.of(DateRange.parse("2000-04-21/2001-01-04"), DateRange.parse("2001-01-04")));
        assertThat(last).isEqualTo(DateRange.parse("2001-01-04"));
    }

    @Test
    void theNthOfSeveralDatesIsOrderedOnEachEnd() {
        List<DateRange> deposits = List.of(DateRange.parse("2000-01-10"), DateRange.parse("2000-01"), DateRange.parse("2000-01-05"));
        assertThat(DateRange.nthOf(deposits, 2)).isEqualTo(new DateRange(LocalDate.of(2000, 1, 5), LocalDate.of(2000, 1, 10)));
    }

    @Test
    void theThirtiethDayAfterCountsFromTheDayAfter() {
        assertThat(DateRange.parse("1979-12-28").plusDays(30)).isEqualTo(DateRange.parse("1980-01-27"));
    }

    @Test
    void theFirstDayOfTheFollowingMonth() {
        assertThat(DateRange.parse("2016-01-31").firstDayOfFollowingMonth()).isEqualTo(DateRange.parse("2016-02-01"));
    }

    @Test
    void impossibleDatesAreRefusedWithTheValueGiven() {
        assertThatThrownBy(() -> DateRange.parse("1998-02-30")).hasMessageContaining("'1998-02-30' is not a date");
        assertThatThrownBy(() -> DateRange.parse("1999/1998")).hasMessageContaining("ends before it starts");
    }
}
