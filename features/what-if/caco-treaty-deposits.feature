@vclt-24 @vclt-25 @vclt-16 @what-if
Feature: What if every signatory deposits its instrument of ratification of the CACO Treaty
  Under art. 18(2) of the Treaty of 28 February 2002 the Treaty, applied provisionally from signature, enters into
  force on the day the last instrument of ratification is deposited with the depositary, the Ministry of Foreign
  Affairs of Kazakhstan (article, para. 10). "A treaty enters into force in such manner and upon such date as it
  may provide" (VCLT art. 24(1)); consent is established by the deposit (art. 16(b)); provisional application lasts
  "pending its entry into force" (art. 25(1)). The article reports no deposit: these are hypotheses.

  Background:
    Given the case "central-asia"

  Rule: the treaty enters into force on the day the last signatory deposits its instrument

    @vclt-24-1
    Scenario: the four signatories deposit on different days; the last deposit brings the treaty into force
      Given these facts are added:
        | id          | type    | kind         | instrument       | state | date       |
        | dep-caco-kz | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | dep-caco-kg | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | dep-caco-tj | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | dep-caco-uz | deposit | ratification | caco-treaty-2002 | UZ    | 2003-04-15 |
      When the status is asked as of "2003-06-01"
      Then "caco-treaty-2002" is in force: yes
      And "caco-treaty-2002" entered into force on "2003-04-15"
      And the explanation rests on the fact "dep-caco-uz"
      And the explanation cites "VCLT art. 24(1)"

    @vclt-5 @vclt-25-1
    Scenario: the Organization then functions definitively, no longer provisionally
      Given these facts are added:
        | type    | kind         | instrument       | state | date       |
        | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | deposit | ratification | caco-treaty-2002 | UZ    | 2003-04-15 |
      When the status is asked as of "2003-06-01"
      Then organization "caco" is "functioning"
      And "caco-treaty-2002" is applied provisionally: no
      And KZ is a party to "caco-treaty-2002" since "2003-04-15"
      And compared with the baseline, "caco" status changed from "functioning-provisionally" to "functioning"

    @vclt-24-1 @vclt-25-1
    Scenario: the day before the last deposit the treaty is still only applied provisionally
      Given these facts are added:
        | type    | kind         | instrument       | state | date       |
        | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | deposit | ratification | caco-treaty-2002 | UZ    | 2003-04-15 |
      When the status is asked as of "2003-04-14"
      Then "caco-treaty-2002" is in force: no
      And "caco-treaty-2002" is applied provisionally: yes
      And "caco-treaty-2002" waits for: "the consent of UZ is established only on 2003-04-15"
      And organization "caco" is "functioning-provisionally"

  Rule: where only the month of the last deposit is known, the entry into force is undetermined within that month

    @vclt-24-1
    Scenario: the last deposit is known only to have been made in May 2003
      Given these facts are added:
        | type    | kind         | instrument       | state | date       |
        | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | deposit | ratification | caco-treaty-2002 | UZ    | 2003-05    |
      When the status is asked as of "2003-05-15"
      Then "caco-treaty-2002" is in force: undetermined
      And the reason given mentions "between 2003-05-01 and 2003-05-31"
      And organization "caco" is "undetermined"
      And KZ is a member of "caco": yes

    @vclt-24-1
    Scenario: after May 2003 the treaty is in force from a day in May
      Given these facts are added:
        | type    | kind         | instrument       | state | date       |
        | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | deposit | ratification | caco-treaty-2002 | UZ    | 2003-05    |
      When the status is asked as of "2003-06-01"
      Then "caco-treaty-2002" is in force: yes
      And "caco-treaty-2002" entered into force on "2003-05"
      And organization "caco" is "functioning"

  Rule: a signatory is bound throughout, provisionally and then definitively, even when the day of the change is unknown

    @vclt-25-1 @vclt-24-1
    Scenario: in the month of the last deposit a signatory is bound, provisionally or definitively
      Given these facts are added:
        | type    | kind         | instrument       | state | date       |
        | deposit | ratification | caco-treaty-2002 | KZ    | 2002-06-10 |
        | deposit | ratification | caco-treaty-2002 | KG    | 2002-09-20 |
        | deposit | ratification | caco-treaty-2002 | TJ    | 2002-12-05 |
        | deposit | ratification | caco-treaty-2002 | UZ    | 2003-05    |
      When the status is asked as of "2003-05-15"
      Then KZ is a member of "caco": yes
      And KZ is a party to "caco-treaty-2002": yes
      And "caco-treaty-2002" is in force: undetermined
