@vclt-24-1 @final-clauses
Feature: Entry into force on the Nth day after the deposit of the Mth instrument
  "A treaty enters into force in such manner and upon such date as it may provide" (VCLT art. 24(1)). Many
  multilateral treaties provide, like VCLT art. 84(1), that they "shall enter into force on the thirtieth day
  following the date of deposit of the thirty-fifth instrument of ratification or accession". Every kind of
  instrument counts, instruments deposited on one day count together, and "the thirtieth day following" is
  counted from the day after the deposit. For a state depositing later, art. 84(2) counts from its own deposit,
  never before the treaty's own entry into force (art. 24(3)).

  Background:
    Given a treaty "t" whose entry-into-force clause reads:
      """
      kind: deposits
      instruments: 3
      daysAfter: 30
      laterStates: {daysAfter: 30}
      source: "art. 20"
      """
    And "t" was signed by "AA, BB, CC, DD, EE" on "2000-01-03"

  Rule: the treaty enters into force on the thirtieth day after the third instrument, whatever its kind

    Scenario: three instruments of different kinds
      Given these instruments were deposited for "t":
        | state | date       | kind       |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-02-01 | acceptance |
        | CC    | 2000-03-01 | approval   |
      When the status is asked as of "2000-03-31"
      Then "t" is in force: yes
      And "t" entered into force on "2000-03-31"
      And AA is a party to "t" since "2000-03-31"
      And the explanation cites "art. 20"

    Scenario: the day before the thirtieth day the treaty is not yet in force
      Given these instruments were deposited for "t":
        | state | date       | kind         |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-02-01 | ratification |
        | CC    | 2000-03-01 | ratification |
      When the status is asked as of "2000-03-30"
      Then "t" is in force: no

    Scenario: two instruments deposited on one day reach the threshold together
      Given these instruments were deposited for "t":
        | state | date       | kind         |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-03-01 | ratification |
        | CC    | 2000-03-01 | ratification |
      When the status is asked as of "2000-04-01"
      Then "t" entered into force on "2000-03-31"
      And BB is a party to "t" since "2000-03-31"
      And CC is a party to "t" since "2000-03-31"

  Rule: for a state depositing after the third instrument, the thirtieth day after its own deposit

    @vclt-24-3
    Scenario: a deposit between the threshold and the entry into force
      Given these instruments were deposited for "t":
        | state | date       | kind         |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-02-01 | ratification |
        | CC    | 2000-03-01 | ratification |
        | DD    | 2000-03-15 | ratification |
      When the status is asked as of "2000-05-01"
      Then DD is a party to "t" since "2000-04-14"
      And the explanation cites "VCLT art. 24(3)"

    @vclt-24-3
    Scenario: a deposit exactly on the day of entry into force
      Given these instruments were deposited for "t":
        | state | date       | kind         |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-02-01 | ratification |
        | CC    | 2000-03-01 | ratification |
        | EE    | 2000-03-31 | accession    |
      When the status is asked as of "2000-04-29"
      Then "t" is in force: yes
      And EE is a party to "t": no
      When the status is asked as of "2000-04-30"
      Then EE is a party to "t" since "2000-04-30"

  Rule: a deposit known only to the month makes the date of entry into force uncertain

    Scenario: the third instrument was deposited some day in March 2000
      Given these instruments were deposited for "t":
        | state | date       | kind         |
        | AA    | 2000-01-10 | ratification |
        | BB    | 2000-02-01 | ratification |
        | CC    | 2000-03    | ratification |
      When the status is asked as of "2000-04-15"
      Then "t" is in force: undetermined
      And "t" entered into force on "2000-03-31/2000-04-30"
      And the reason given mentions "between 2000-03-31 and 2000-04-30"
