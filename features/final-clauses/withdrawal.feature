@final-clauses
Feature: Withdrawal, denunciation and termination
  VCLT art. 54(a): withdrawal "in conformity with the provisions of the treaty"; art. 56(2): where the treaty is
  silent and withdrawal is implied, "not less than twelve months' notice"; art. 68: a notice "may be revoked at
  any time before it takes effect"; art. 55: a treaty does not terminate because its parties fall below the
  number needed for its entry into force, unless it so provides.

  Background:
    Given a treaty "x" whose entry-into-force clause reads:
      """
      kind: deposits
      instruments: 3
      daysAfter: 0
      source: "art. 12"
      """
    And "x" was signed by "AA, BB, CC" on "2000-01-03"
    And these instruments were deposited for "x":
      | state | date       | kind         |
      | AA    | 2000-02-01 | ratification |
      | BB    | 2000-02-01 | ratification |
      | CC    | 2000-03-01 | ratification |

  Rule: a withdrawal takes effect when the notice period of the clause has run

    @vclt-54
    Scenario: six months' notice
      Given its withdrawal clause reads:
        """
        allowed: true
        noticeMonths: 6
        source: "art. 14"
        """
      And these facts are added:
        | type              | instrument | state | date       |
        | withdrawal-notice | x          | AA    | 2001-01-15 |
      When the status is asked as of "2001-07-14"
      Then AA is a party to "x": yes
      When the status is asked as of "2001-07-15"
      Then AA is a party to "x": no
      And "x" is in force: yes

    @vclt-56-2
    Scenario: a treaty silent on withdrawal: twelve months' notice
      Given these facts are added:
        | type              | instrument | state | date       |
        | withdrawal-notice | x          | BB    | 2001-01-15 |
      When the status is asked as of "2002-01-14"
      Then BB is a party to "x": yes
      When the status is asked as of "2002-01-15"
      Then BB is a party to "x": no

  Rule: a notice withdrawn before it takes effect has no effect

    @vclt-68
    Scenario: the notice is revoked within the period
      Given these facts are added:
        | id     | type              | instrument | state | date       | notice |
        | notice | withdrawal-notice | x          | BB    | 2001-01-15 |        |
        |        | notice-withdrawn  |            |       | 2001-06-01 | notice |
      When the status is asked as of "2002-06-01"
      Then BB is a party to "x": yes

  Rule: where the treaty so provides, it terminates when its parties fall below a minimum

    @vclt-55
    Scenario: the third party leaves a treaty that needs three
      Given its withdrawal clause reads:
        """
        allowed: true
        noticeMonths: 12
        minimumParties: 3
        source: "art. 15"
        """
      And these facts are added:
        | type              | instrument | state | date       |
        | withdrawal-notice | x          | CC    | 2003-03-01 |
      When the status is asked as of "2004-03-01"
      Then "x" is in force: no
      And the explanation cites "VCLT art. 55"
      And AA is a party to "x": no


    @vclt-55
    Scenario: a party that deposited two instruments counts once
      Given its withdrawal clause reads:
        """
        allowed: true
        noticeMonths: 12
        minimumParties: 3
        source: "art. 15"
        """
      And these facts are added:
        | type              | instrument | state | kind       | date       |
        | deposit           | x          | AA    | acceptance | 2000-06-01 |
        | withdrawal-notice | x          | CC    |            | 2003-03-01 |
      When the status is asked as of "2004-03-01"
      Then "x" is in force: no
      And the explanation cites "VCLT art. 55"

  Rule: a later treaty concluded by all the parties on the same matter terminates the earlier one

    @vclt-59
    Scenario: the earlier treaty ends when the later one, accepted by all its parties, enters into force
      Given a treaty "y" whose entry-into-force clause reads:
        """
        kind: all-signatories-deposit
        source: "art. 40"
        """
      And its supersedes clause reads:
        """
        instruments: [x]
        source: "art. 41: this Treaty replaces Treaty x between its parties"
        """
      And "y" was signed by "AA, BB, CC" on "2005-01-03"
      And these instruments were deposited for "y":
        | state | date       | kind         |
        | AA    | 2005-03-01 | ratification |
        | BB    | 2005-04-01 | ratification |
        | CC    | 2005-05-01 | ratification |
      When the status is asked as of "2005-05-01"
      Then "y" is in force: yes
      And "x" is in force: no
      And the explanation cites "VCLT art. 59(1)(a)"

    @vclt-59
    Scenario: while one party to the earlier treaty stays out of the later one, the earlier treaty remains
      Given a treaty "y" whose entry-into-force clause reads:
        """
        kind: deposits
        instruments: 2
        source: "art. 40"
        """
      And its supersedes clause reads:
        """
        instruments: [x]
        source: "art. 41"
        """
      And "y" was signed by "AA, BB" on "2005-01-03"
      And these instruments were deposited for "y":
        | state | date       | kind         |
        | AA    | 2005-03-01 | ratification |
        | BB    | 2005-04-01 | ratification |
      When the status is asked as of "2005-05-01"
      Then "y" is in force: yes
      And "x" is in force: yes
