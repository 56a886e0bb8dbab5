@vclt-24 @vclt-16
Feature: Entry into force on the deposit of the last instrument of ratification
  A treaty enters into force in such manner and upon such date as it provides (VCLT art. 24(1)). Consent to be
  bound is established by the deposit of the instrument of ratification (art. 16(b)); a domestic act of
  ratification is not a deposit. The treaty of Tashkent of 21 April 2000 entered into force on 4 January 2001,
  the day Kyrgyzstan deposited the last instrument (article, para. 13 and footnote 1).

  Background:
    Given the case "central-asia"

  Rule: the treaty enters into force on the day the last signatory deposits its instrument

    @vclt-24-1
    Scenario: the anti-terrorism treaty is in force from 4 January 2001
      When the status is asked as of "2001-01-04"
      Then "anti-terrorism-treaty-2000" is in force: yes
      And "anti-terrorism-treaty-2000" entered into force on "2001-01-04"
      And the explanation cites "VCLT art. 24(1)"
      And the explanation rests on the fact "dep-at-kg"

    @vclt-16
    Scenario: Kyrgyzstan's ratification law of November 2000 is not yet a deposit
      When the status is asked as of "2000-12-01"
      Then "anti-terrorism-treaty-2000" is in force: no
      And "anti-terrorism-treaty-2000" waits for: "a domestic ratification is not a deposit"

    @vclt-24-3
    Scenario: every signatory that deposited is a party from the treaty's entry into force
      When the status is asked as of "2001-06-01"
      Then KZ is a party to "anti-terrorism-treaty-2000" since "2001-01-04"
      And TJ is a party to "anti-terrorism-treaty-2000": yes
      And RU is a party to "anti-terrorism-treaty-2000": no
