@vclt-15 @final-clauses
Feature: Accession: open to all, by invitation, or with the consent of the parties
  VCLT art. 15: consent is expressed by accession when "(a) the treaty provides that such consent may be
  expressed by that State by means of accession; (b) ... the negotiating States were agreed that such consent
  may be expressed by that State by means of accession; or (c) all the parties have subsequently agreed".

  Background:
    Given a treaty "a" whose entry-into-force clause reads:
      """
      kind: all-signatories-deposit
      source: "art. 10"
      """
    And "a" was signed by "AA, BB" on "2001-01-01"
    And these instruments were deposited for "a":
      | state | date       | kind         |
      | AA    | 2001-02-01 | ratification |
      | BB    | 2001-03-01 | ratification |
      | CC    | 2002-05-01 | accession    |

  Rule: a treaty open to all binds an acceding state from its deposit

    @vclt-15-a
    Scenario: accession to an open treaty
      Given its accession clause reads:
        """
        open: true
        consent: none
        source: "art. 11"
        """
      When the status is asked as of "2002-05-01"
      Then CC is a party to "a" since "2002-05-01"

  Rule: where the treaty needs the consent of every party, the accession takes effect with the last consent

    @vclt-15-c
    Scenario: every party consented
      Given its accession clause reads:
        """
        open: true
        consent: all
        source: "art. 11"
        """
      And these facts are added:
        | type              | instrument | candidate | consentingState | date       |
        | accession-consent | a          | CC        | AA              | 2002-06-01 |
        | accession-consent | a          | CC        | BB              | 2002-07-01 |
      When the status is asked as of "2002-07-01"
      Then CC is a party to "a" since "2002-07-01"
      And the explanation cites "VCLT art. 15(c)"

    @vclt-15-c
    Scenario: one party has not consented
      Given its accession clause reads:
        """
        open: true
        consent: all
        source: "art. 11"
        """
      And these facts are added:
        | type              | instrument | candidate | consentingState | date       |
        | accession-consent | a          | CC        | AA              | 2002-06-01 |
      When the status is asked as of "2003-01-01"
      Then CC is a party to "a": no
      And "a" waits for: "the consent of BB to the accession of CC to a is missing"

  Rule: where the treaty needs the consent of a majority of the parties, each party counts once

    @vclt-15-a
    Scenario: a party that deposited two instruments is still one party of two
      Given its accession clause reads:
        """
        open: true
        consent: majority
        source: "art. 11"
        """
      And these facts are added:
        | type              | instrument | state | kind       | candidate | consentingState | date       |
        | deposit           | a          | AA    | acceptance |           |                 | 2001-06-01 |
        | accession-consent | a          |       |            | CC        | AA              | 2002-06-01 |
      When the status is asked as of "2003-01-01"
      Then CC is a party to "a": no

    @vclt-15-a
    Scenario: both parties consented
      Given its accession clause reads:
        """
        open: true
        consent: majority
        source: "art. 11"
        """
      And these facts are added:
        | type              | instrument | state | kind       | candidate | consentingState | date       |
        | deposit           | a          | AA    | acceptance |           |                 | 2001-06-01 |
        | accession-consent | a          |       |            | CC        | AA              | 2002-06-01 |
        | accession-consent | a          |       |            | CC        | BB              | 2002-07-01 |
      When the status is asked as of "2003-01-01"
      Then CC is a party to "a" since "2002-07-01"
      And the explanation cites "VCLT art. 15(a)"

  Rule: a treaty open by invitation binds only an invited state

    @vclt-15-b
    Scenario: an uninvited state's accession has no effect
      Given its accession clause reads:
        """
        open: true
        consent: invitation
        source: "art. 11"
        """
      When the status is asked as of "2003-01-01"
      Then CC is a party to "a": no
      And "a" waits for: "no invitation is recorded"
