@vclt-59 @vclt-25 @vclt-70
Feature: The transformation of the Community into the Cooperation Organization on 28 February 2002
  "A treaty shall be considered as terminated if all the parties to it conclude a later treaty relating to the same
  subject-matter and it appears from the later treaty or is otherwise established that the parties intended that
  the matter should be governed by that treaty" (VCLT art. 59(1)(a)); termination "releases the parties from any
  obligation further to perform the treaty" (art. 70(1)(a)). Under art. 18(2) of the Treaty of 28 February 2002 the
  CAEC ceased and the CACO began to function, the Treaty being applied provisionally from its signature
  (article, para. 10).

  Background:
    Given the case "central-asia"

  Rule: the later constituent instrument, applied from its signature, terminates the Community

    @vclt-59-1-a @vclt-25-1
    Scenario: on 1 March 2002 the Community is terminated and the Organization functions provisionally
      When the status is asked as of "2002-03-01"
      Then organization "caec" is "terminated"
      And the explanation cites "VCLT art. 59(1)(a)"
      And the explanation cites "art. 18(2)"
      And organization "caco" is "functioning-provisionally"
      And the explanation cites "VCLT art. 25(1)(a)"

    @vclt-59-1-a
    Scenario: on the eve of the signature the Community functions and the Organization does not exist
      When the status is asked as of "2002-02-27"
      Then organization "caec" is "functioning"
      And organization "caco" is "not-established"
      And KZ is a member of "caec": yes
      And KZ is a member of "caco": no

    @vclt-59-1-a @vclt-70-1-a
    Scenario: the Treaty of 1994 is no longer in force and no longer binds its parties
      When the status is asked as of "2002-03-01"
      Then "ses-treaty-1994" is in force: no
      And the explanation cites "VCLT art. 59(1)(a)"
      And KZ is a party to "ses-treaty-1994": no
      And TJ is a party to "ses-treaty-1994": no

    @vclt-59-1-a
    Scenario: the Community functioned until 28 February 2002 and is terminated from that day
      When the timeline of "caec" is asked
      Then the timeline shows "caec" functioning from "1994-04-30/1998-02-28" until "2002-02-28"
      And the timeline shows "caec" terminated from "2002-02-28", still holding

  Rule: the members of the Community cease to be its members and are members of the Organization

    @vclt-70-1-a @vclt-25-1
    Scenario: the four states pass from the Community to the Organization
      When the status is asked as of "2002-03-01"
      Then TJ is a member of "caec": no
      And TJ is a member of "caco" since "2002-02-28"
      And the explanation cites "VCLT art. 25(1)"
      And UZ is a member of "caco": yes
      And KG is a member of "caco": yes
