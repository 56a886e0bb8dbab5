@vclt-15 @what-if
Feature: What if another state accedes to the Central Asian Cooperation Organization
  The Treaty of 28 February 2002 "is also open to accession by other states on condition of accepting the
  obligations under this Treaty, by accession to it with the consent of all member states" (article, para. 22).
  "The consent of a State to be bound by a treaty is expressed by accession when ... (a) the treaty provides that
  such consent may be expressed by that State by means of accession" (VCLT art. 15(a)). The article reports no
  accession: these are hypotheses.

  Background:
    Given the case "central-asia"

  Rule: a state accepting the obligations accedes with the consent of every member, from the last consent

    @vclt-15-a
    Scenario: Russia accedes once the fourth member has consented
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | UZ              | 2003-05-20 |                    |
      When the status is asked as of "2003-06-01"
      Then RU is a member of "caco" since "2003-05-20"
      And the explanation cites "VCLT art. 15(a)"
      And compared with the baseline, "caco" member RU changed from "no" to "yes"

    @vclt-15-a
    Scenario: the day before the last consent Russia is not yet a member
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | UZ              | 2003-05-20 |                    |
      When the status is asked as of "2003-05-19"
      Then RU is a member of "caco": no

  Rule: without the consent of every member there is no accession

    @vclt-15-c
    Scenario: Uzbekistan has not consented to Russia's accession
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
      When the status is asked as of "2003-06-01"
      Then RU is a member of "caco": no
      And "caco" waits for: "the consent of UZ to the accession of RU to caco is missing"

    @vclt-15-c
    Scenario: the consent of a state that is not a member does not stand for a member's
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | TR              | 2003-04-02 |                    |
      When the status is asked as of "2003-06-01"
      Then RU is a member of "caco": no
      And "caco" waits for: "the consent of UZ"

  Rule: the acceding state must accept the obligations of the Treaty

    @vclt-15-a
    Scenario: a request that does not accept the obligations makes no member, even with every consent
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | false              |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | UZ              | 2003-05-20 |                    |
      When the status is asked as of "2003-06-01"
      Then RU is a member of "caco": no
      And "caco" waits for: "the request of RU to accede to caco does not accept the obligations of caco-treaty-2002"

  Rule: only the states that are members when the candidate asks must consent

    @vclt-15-c @vclt-25-2
    Scenario: a state that ceased to be a member need not consent to a later accession
      Given these facts are added:
        | type                     | instrument       | organization | state | candidate | consentingState | date       | acceptsObligations |
        | non-participation-notice | caco-treaty-2002 |              | UZ    |           |                 | 2002-06-01 |                    |
        | accession-request        |                  | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent        |                  | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent        |                  | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent        |                  | caco         |       | RU        | TJ              | 2003-04-01 |                    |
      When the status is asked as of "2003-06-01"
      Then UZ is a member of "caco": no
      And RU is a member of "caco" since "2003-04-01"

    @vclt-15-c
    Scenario: on the eve of the last consent the accession still waits for it
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | UZ              | 2003-05-20 |                    |
      When the status is asked as of "2003-05-19"
      Then RU is a member of "caco": no
      And "caco" waits for: "the consent of UZ to the accession of RU to caco is given only on 2003-05-20"

  Rule: an observer that becomes a member is no longer an observer

    @vclt-2-1-g
    Scenario: Russia, observer of the predecessor, accedes
      Given these facts are added:
        | type              | organization | state | candidate | consentingState | date       | acceptsObligations |
        | accession-request | caco         | RU    |           |                 | 2003-01-10 | true               |
        | accession-consent | caco         |       | RU        | KZ              | 2003-02-01 |                    |
        | accession-consent | caco         |       | RU        | KG              | 2003-03-01 |                    |
        | accession-consent | caco         |       | RU        | TJ              | 2003-04-01 |                    |
        | accession-consent | caco         |       | RU        | UZ              | 2003-05-20 |                    |
      When the status is asked as of "2003-06-01"
      Then RU is a member of "caco": yes
      And RU is an observer of "caco": no

  Rule: a deposit of accession alone does not make a member where the consent of every member is needed

    @vclt-15-c @vclt-16
    Scenario: Turkey deposits an instrument of accession without the members' consent
      Given these facts are added:
        | type    | kind      | instrument       | state | date       |
        | deposit | accession | caco-treaty-2002 | TR    | 2003-01-10 |
      When the status is asked as of "2003-06-01"
      Then TR is a member of "caco": no
      And TR is a party to "caco-treaty-2002": no
      And "caco-treaty-2002" waits for: "the consent of KZ to the accession of TR to caco-treaty-2002 is missing"
