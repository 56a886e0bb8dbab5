@vclt-24-1 @final-clauses
Feature: Entry into force on the first day of the month following a period after the Mth deposit
  Council of Europe and many UN treaties provide that the treaty "shall enter into force on the first day of the
  month following the expiration of a period of three months after the date on which" a number of states have
  expressed their consent. The period is counted, then the first day of the following month is taken.

  Background:
    Given a treaty "m" whose entry-into-force clause reads:
      """
      kind: deposits
      instruments: 2
      daysAfter: 30
      firstDayOfFollowingMonth: true
      laterStates: {daysAfter: 30, firstDayOfFollowingMonth: true}
      source: "art. 31(1)"
      """
    And "m" was signed by "AA, BB, CC" on "2010-01-04"

  Rule: the first day of the month following the thirtieth day after the second instrument

    Scenario: the period ends in February, the treaty enters into force on 1 March
      Given these instruments were deposited for "m":
        | state | date       | kind         |
        | AA    | 2010-01-10 | ratification |
        | BB    | 2010-01-20 | ratification |
      When the status is asked as of "2010-03-01"
      Then "m" is in force: yes
      And "m" entered into force on "2010-03-01"

    Scenario: a later state is bound from the first day of the month after its own period
      Given these instruments were deposited for "m":
        | state | date       | kind         |
        | AA    | 2010-01-10 | ratification |
        | BB    | 2010-01-20 | ratification |
        | CC    | 2010-05-15 | ratification |
      When the status is asked as of "2010-07-01"
      Then CC is a party to "m" since "2010-07-01"
