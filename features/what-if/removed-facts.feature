@vclt-24 @vclt-16 @what-if
Feature: What if a fact of the case had not happened
  Consent to be bound is established by the deposit of the instrument of ratification (VCLT art. 16(b)); a domestic
  act of ratification is not a deposit. The Treaty of Tashkent of 21 April 2000 entered into force on 4 January
  2001, the day Kyrgyzstan deposited the last instrument, after its ratification law of 26 November 2000 (article,
  para. 13 and footnote 1). Taking a fact away shows what the conclusions rest on.

  Background:
    Given the case "central-asia"

  Rule: without the last deposit the treaty does not enter into force

    @vclt-24-1 @vclt-16
    Scenario: had Kyrgyzstan not deposited its instrument, the anti-terrorism treaty would not be in force
      Given the fact "dep-at-kg" is removed
      When the status is asked as of "2001-06-01"
      Then "anti-terrorism-treaty-2000" is in force: no
      And "anti-terrorism-treaty-2000" waits for: "a domestic ratification is not a deposit"
      And KZ is a party to "anti-terrorism-treaty-2000": no
      And compared with the baseline, "anti-terrorism-treaty-2000" inForce changed from "yes" to "no"

  Rule: the deposit, not the domestic act, establishes the consent

    @vclt-16
    Scenario: without Kyrgyzstan's ratification law, its deposit alone still brings the treaty into force
      Given the fact "rat-at-kg" is removed
      When the status is asked as of "2001-06-01"
      Then "anti-terrorism-treaty-2000" is in force: yes
      And "anti-terrorism-treaty-2000" entered into force on "2001-01-04"
      And compared with the baseline, nothing about "anti-terrorism-treaty-2000" changed

  Rule: observer status rests on the decision admitting the state

    @vclt-34
    Scenario: had Russia not been admitted as an observer, its status under the Organization would not arise
      Given the fact "obs-ru" is removed
      When the status is asked as of "2002-03-01"
      Then RU is an observer of "caco": no
      And GE is an observer of "caco": undetermined
