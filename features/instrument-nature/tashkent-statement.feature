@vclt-2-1-a
Feature: The Tashkent Statement of 28 December 2001 is soft law; the Treaty of 28 February 2002 is a treaty
  "'Treaty' means an international agreement concluded between States in written form and governed by
  international law" (VCLT art. 2(1)(a)). The joint statement of the heads of state "does not create imperative
  norms, but contains norms of 'soft law', which do not define clear rights and obligations of the parties"
  (article, paras. 27-28 and its footnote 1); some of its provisions passed into the Treaty establishing the CACO
  (para. 28), which binds its parties.

  Background:
    Given the case "central-asia"

  Rule: a statement that creates no rights and obligations is soft law, not a binding instrument

    @vclt-2-1-a
    Scenario: the Tashkent Statement binds none of its four signatories
      When the status is asked as of "2002-01-15"
      Then "tashkent-statement-2001" is binding: no
      And the explanation cites "soft law"
      And "tashkent-statement-2001" is in force: no
      And KZ is a party to "tashkent-statement-2001": no

    @vclt-2-1-a
    Scenario: the Statement by itself neither ends the Community nor establishes the Organization
      When the status is asked as of "2002-01-15"
      Then organization "caec" is "functioning"
      And organization "caco" is "not-established"

  Rule: an agreement that creates rights and obligations under international law is a treaty and binds

    @vclt-2-1-a
    Scenario: the Treaty establishing the Central Asian Cooperation Organization is binding
      When the status is asked as of "2002-03-01"
      Then "caco-treaty-2002" is binding: yes
      And the explanation cites "VCLT art. 2(1)(a)"
      And "tashkent-statement-2001" is binding: no
