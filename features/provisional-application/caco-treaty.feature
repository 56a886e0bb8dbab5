@vclt-25
Feature: Provisional application of the CACO Treaty from its signature
  "A treaty or a part of a treaty is applied provisionally pending its entry into force if the treaty itself so
  provides" (VCLT art. 25(1)(a)). Art. 18(2) of the Treaty of 28 February 2002 applies it from signature until
  the deposit of the last instrument of ratification with the depositary (article, para. 10).

  Background:
    Given the case "central-asia"

  Rule: the treaty applies provisionally from signature while no deposit completes its entry into force

    @vclt-25-1
    Scenario: on 1 March 2002 the treaty is applied provisionally, not in force
      When the status is asked as of "2002-03-01"
      Then "caco-treaty-2002" is in force: no
      And "caco-treaty-2002" is applied provisionally: yes
      And KZ is a party to "caco-treaty-2002" since "2002-02-28"
      And the explanation cites "VCLT art. 25(1)(a)"
      And the explanation cites "art. 18(2)"

  Rule: provisional application ends for a state that notifies it will not become a party

    @vclt-25-2 @what-if
    Scenario: Uzbekistan notifies that it will not become a party
      Given these facts are added:
        | type                     | instrument       | state | date       |
        | non-participation-notice | caco-treaty-2002 | UZ    | 2002-06-01 |
      When the status is asked as of "2002-07-01"
      Then UZ is a party to "caco-treaty-2002": no
      And UZ is a member of "caco": no
      And KZ is a member of "caco": yes
      And compared with the baseline, "caco" member UZ changed from "yes" to "no"
