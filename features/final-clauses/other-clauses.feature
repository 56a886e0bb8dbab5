@final-clauses
Feature: Entry into force on signature, on a fixed date, or by the default rule
  VCLT art. 24(1): as the treaty provides; art. 12(1)(a): "the consent of a State to be bound by a treaty is
  expressed by the signature of its representative when the treaty provides that signature shall have that
  effect"; art. 24(2): "failing any such provision or agreement, a treaty enters into force as soon as consent
  to be bound by the treaty has been established for all the negotiating States".

  Rule: a treaty silent on its entry into force enters into force when every negotiating state has consented

    @vclt-24-2
    Scenario: every signatory has deposited
      Given a treaty "s" silent on its entry into force
      And "s" was signed by "AA, BB" on "2005-03-01"
      And these instruments were deposited for "s":
        | state | date       | kind         |
        | AA    | 2005-06-01 | ratification |
        | BB    | 2005-09-01 | ratification |
      When the status is asked as of "2005-09-01"
      Then "s" is in force: yes
      And "s" entered into force on "2005-09-01"
      And the explanation cites "VCLT art. 24(2)"

    @vclt-24-2
    Scenario: one negotiating state has not deposited
      Given a treaty "s" silent on its entry into force
      And "s" was signed by "AA, BB" on "2005-03-01"
      And these instruments were deposited for "s":
        | state | date       | kind         |
        | AA    | 2005-06-01 | ratification |
      When the status is asked as of "2010-01-01"
      Then "s" is in force: no
      And "s" waits for: "no instrument of BB is recorded as deposited"

  Rule: a treaty that binds on signature enters into force when all have signed

    @vclt-12-1
    Scenario: definitive signature
      Given a treaty "d" whose entry-into-force clause reads:
        """
        kind: on-signature
        source: "art. 9"
        """
      And "d" was signed by "AA, BB" on "2007-07-07"
      When the status is asked as of "2007-07-07"
      Then "d" is in force: yes
      And AA is a party to "d" since "2007-07-07"
      And the explanation cites "VCLT art. 12(1)(a)"

  Rule: a treaty enters into force on the date it fixes, or the parties decide

    @vclt-24-1
    Scenario: a fixed date
      Given a treaty "f" whose entry-into-force clause reads:
        """
        kind: fixed-date
        date: 2012-01-01
        source: "art. 30: enters into force on 1 January 2012"
        """
      And "f" was signed by "AA, BB" on "2011-05-05"
      And these instruments were deposited for "f":
        | state | date       | kind         |
        | AA    | 2011-09-01 | ratification |
      When the status is asked as of "2012-01-01"
      Then "f" is in force: yes
      And AA is a party to "f" since "2012-01-01"
      And BB is a party to "f": no
