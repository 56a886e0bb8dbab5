@vclt-25 @what-if
Feature: What if a signatory of the CACO Treaty declares it will not become a party
  "The provisional application of a treaty ... with respect to a State shall be terminated if that State notifies
  the other States between which the treaty is being applied provisionally of its intention not to become a party
  to the treaty" (VCLT art. 25(2)). The CACO Treaty is applied provisionally from signature and enters into force
  only on the deposit of the last instrument of ratification (art. 18(2); article, para. 10). The article reports no
  such notice: this is a hypothesis.

  Background:
    Given the case "central-asia"

  Rule: a state that notifies its intention not to become a party is no longer bound, nor a member

    @vclt-25-2
    Scenario: Tajikistan notifies on 1 June 2002 that it will not become a party
      Given these facts are added:
        | type                     | instrument       | state | date       |
        | non-participation-notice | caco-treaty-2002 | TJ    | 2002-06-01 |
      When the status is asked as of "2002-07-01"
      Then TJ is a party to "caco-treaty-2002": no
      And TJ is a member of "caco": no
      And KG is a member of "caco": yes
      And compared with the baseline, "caco" member TJ changed from "yes" to "no"

    @vclt-25-2
    Scenario: until its notice Tajikistan remains a member through provisional application
      Given these facts are added:
        | type                     | instrument       | state | date       |
        | non-participation-notice | caco-treaty-2002 | TJ    | 2002-06-01 |
      When the status is asked as of "2002-05-31"
      Then TJ is a member of "caco": yes
      And TJ is a party to "caco-treaty-2002" since "2002-02-28"

  Rule: a treaty entering into force on the last deposit of all signatories waits for the state that stands aside

    @vclt-24-1 @vclt-25-2
    Scenario: the three others deposit, but without Tajikistan's instrument the treaty does not enter into force
      Given these facts are added:
        | type                     | kind         | instrument       | state | date       |
        | non-participation-notice |              | caco-treaty-2002 | TJ    | 2002-06-01 |
        | deposit                  | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit                  | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit                  | ratification | caco-treaty-2002 | UZ    | 2003-04-15 |
      When the status is asked as of "2003-06-01"
      Then "caco-treaty-2002" is in force: no
      And "caco-treaty-2002" waits for: "no instrument of TJ is recorded as deposited"
      And organization "caco" is "functioning-provisionally"
