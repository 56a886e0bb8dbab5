@vclt-34 @vclt-59 @vclt-70
Feature: The observers of the Community and their fate under the Cooperation Organization
  Observer status rests on the organization's decision admitting the state; it is not membership, for "a treaty
  does not create either obligations or rights for a third State without its consent" (VCLT art. 34). Russia
  (August 1996), Georgia, Turkey and Ukraine (June 1999) joined the Treaty of 1994 as observers; their further
  participation in the CACO "remains undetermined" (article, para. 23): the CACO Treaty says nothing of them.

  Background:
    Given the case "central-asia"

  Rule: a state admitted as an observer holds that status from its admission, without becoming a member

    @vclt-34
    Scenario: Russia is an observer of the Community from August 1996
      When the status is asked as of "1996-09-01"
      Then RU is an observer of "caec": yes
      And the explanation rests on the fact "obs-ru"
      And RU is a member of "caec": no

    @vclt-34
    Scenario: in mid-August 1996 Russia's observer status is undetermined, the day of admission being unknown
      When the status is asked as of "1996-08-15"
      Then RU is an observer of "caec": undetermined
      And the reason given mentions "obs-ru"
      And the reason given mentions "between 1996-08-01 and 1996-08-31"

    @vclt-34
    Scenario: Georgia, Turkey and Ukraine are observers from June 1999
      When the status is asked as of "1999-07-01"
      Then GE is an observer of "caec": yes
      And TR is an observer of "caec": yes
      And UA is an observer of "caec": yes
      And RU is an observer of "caec": yes

    @vclt-34
    Scenario: in May 1999 Georgia, Turkey and Ukraine are not yet observers
      When the status is asked as of "1999-05-15"
      Then GE is an observer of "caec": no
      And TR is an observer of "caec": no
      And UA is an observer of "caec": no

  Rule: observer status ends with the organization

    @vclt-70-1-a
    Scenario: after 28 February 2002 no state is an observer of the terminated Community
      When the status is asked as of "2002-03-01"
      Then organization "caec" is "terminated"
      And RU is an observer of "caec": no
      And GE is an observer of "caec": no
      And UA is an observer of "caec": no

  Rule: a successor whose constituent instrument says nothing of the observers leaves their status open

    @vclt-59-1 @vclt-70-1-b
    Scenario Outline: the status of <state> as an observer of the Organization is not settled
      When the status is asked as of "2002-03-01"
      Then <state> is an observer of "caco": undetermined
      And the reason given mentions "says nothing of the observers"
      And the explanation cites "VCLT art. 59(1)"
      And <state> is a member of "caco": no

      Examples:
        | state |
        | RU    |
        | GE    |
        | TR    |
        | UA    |
