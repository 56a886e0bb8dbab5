@vclt-24-1 @final-clauses
Feature: Entry into force when M parties together hold P per cent of a weight
  Some treaties need both a number of parties and a share of a quantity, as the Paris Agreement (art. 21(1)):
  "on the thirtieth day after the date on which at least 55 Parties to the Convention accounting in total for at
  least an estimated 55 percent of the total global greenhouse gas emissions have deposited their instruments".
  The weights are a table of the dataset, with its source.

  Background:
    Given a treaty "w" whose entry-into-force clause reads:
      """
      kind: weighted-deposits
      instruments: 2
      weight: emissions
      percent: 55
      daysAfter: 30
      source: "art. 21(1)"
      """
    And the weights "emissions" are:
      | state | weight |
      | AA    | 40     |
      | BB    | 30     |
      | CC    | 20     |
      | DD    | 10     |
    And "w" was signed by "AA, BB, CC, DD" on "2016-04-22"

  Rule: both thresholds must be met; the count comes first, then the share

    Scenario: two parties holding 30 per cent are not enough
      Given these instruments were deposited for "w":
        | state | date       | kind         |
        | DD    | 2016-05-01 | ratification |
        | CC    | 2016-06-01 | acceptance   |
      When the status is asked as of "2016-12-31"
      Then "w" is in force: no

    Scenario: the share is reached by the third instrument
      Given these instruments were deposited for "w":
        | state | date       | kind         |
        | DD    | 2016-05-01 | ratification |
        | CC    | 2016-06-01 | acceptance   |
        | AA    | 2016-10-05 | approval     |
      When the status is asked as of "2016-11-04"
      Then "w" is in force: yes
      And "w" entered into force on "2016-11-04"
      And DD is a party to "w" since "2016-11-04"
