@vclt-25 @final-clauses
Feature: Provisional application from a date, for some states only
  VCLT art. 25(1)(a): a treaty "is applied provisionally pending its entry into force if the treaty itself so
  provides". Clauses often apply it from a later date, and only for the states that declare so.

  Background:
    Given a treaty "p" whose entry-into-force clause reads:
      """
      kind: deposits
      instruments: 2
      daysAfter: 90
      source: "art. 44"
      """
    And its provisionalApplication clause reads:
      """
      from: date
      date: 2009-06-01
      states: [AA]
      source: "art. 45"
      """
    And "p" was signed by "AA, BB" on "2009-03-01"

  Rule: only the states the clause names apply the treaty, from the date it fixes, until its entry into force

    @vclt-25-1
    Scenario: applied provisionally by the state the clause names
      When the status is asked as of "2009-07-01"
      Then "p" is applied provisionally: yes
      And AA is a party to "p": yes
      And BB is a party to "p": no

    @vclt-25-1
    Scenario: provisional application ends on entry into force
      Given these instruments were deposited for "p":
        | state | date       | kind         |
        | AA    | 2010-01-04 | ratification |
        | BB    | 2010-02-01 | ratification |
      When the status is asked as of "2010-05-02"
      Then "p" is in force: yes
      And "p" is applied provisionally: no
      And BB is a party to "p" since "2010-05-02"
