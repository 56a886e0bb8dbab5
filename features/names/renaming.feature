@vclt-5 @vclt-39
Feature: The Central Asian Union becomes the Central Asian Economic Community in July 1998
  An organization bears the name its constituent instrument gives it (VCLT art. 5); its members may change it, as
  "a treaty may be amended by agreement between the parties" (art. 39). "Until July 1998 the Central Asian
  Economic Community was called the Central Asian Union" (article, para. 13). The day of the renaming in July 1998
  is not known.

  Background:
    Given the case "central-asia"

  Rule: the organization bears its first name until the renaming

    @vclt-5
    Scenario: in June 1998 the Community is the Central Asian Union
      When the status is asked as of "1998-06-15"
      Then organization "caec" is named "Central Asian Union"
      And organization "caec" is "functioning"

    @vclt-39
    Scenario: the name Central Asian Union ends with the renaming of July 1998
      When the timeline of "caec" is asked
      Then the timeline shows "Central Asian Union" named from "1994-04-30/1998-02-28" until "1998-07"
      And the timeline shows "Central Asian Economic Community" named from "1998-07", still holding

  Rule: the new name holds from the renaming, and while its day is unknown, the name is undetermined

    @vclt-39
    Scenario: from August 1998 it is the Central Asian Economic Community
      When the status is asked as of "1998-08-01"
      Then organization "caec" is named "Central Asian Economic Community"
      And organization "caec" is "functioning"

    @vclt-39
    Scenario: in mid-July 1998 either name may be the right one
      When the status is asked as of "1998-07-15"
      Then organization "caec" is named "Central Asian Union or Central Asian Economic Community (undetermined)"
      And organization "caec" is "functioning"

    @vclt-39
    Scenario: on the last day of July 1998 the renaming has certainly happened
      When the status is asked as of "1998-07-31"
      Then organization "caec" is named "Central Asian Economic Community"
      And organization "caec" is "functioning"

  Rule: the successor bears the name its own constituent instrument gives it

    @vclt-5
    Scenario: the Organization is the Central Asian Cooperation Organization from 28 February 2002
      When the status is asked as of "2002-03-01"
      Then organization "caco" is named "Central Asian Cooperation Organization"
      And organization "caec" is named "Central Asian Economic Community"
