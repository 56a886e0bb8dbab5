@vclt-15 @vclt-24-3
Feature: Tajikistan's accession to the Treaty of 1994 in March 1998
  "The consent of a State to be bound by a treaty is expressed by accession when the treaty provides that such
  consent may be expressed by that State by means of accession" (VCLT art. 15(a)). Where consent is established
  after the treaty has come into force, "the treaty enters into force for that State on that date" (art. 24(3)).
  The Treaty of 1994 was open to accession by other states "in any form acceptable to them" (article, para. 22);
  "in March 1998 the Republic of Tajikistan acceded to the Treaty" (para. 8). The day is not known.

  Background:
    Given the case "central-asia"

  Rule: an acceding state is a party, and so a member, from the deposit of its instrument of accession

    @vclt-15-a @vclt-24-3
    Scenario: from April 1998 Tajikistan is a member of the Community
      When the status is asked as of "1998-04-01"
      Then TJ is a party to "ses-treaty-1994": yes
      And TJ is a member of "caec": yes
      And the explanation rests on the fact "acc-ses-tj"

    @vclt-24-3
    Scenario: in mid-March 1998 Tajikistan's membership is undetermined, the day of accession being unknown
      When the status is asked as of "1998-03-15"
      Then TJ is a member of "caec": undetermined
      And the reason given mentions "acc-ses-tj"
      And the reason given mentions "between 1998-03-01 and 1998-03-31"

    @vclt-24-3
    Scenario: in February 1998 Tajikistan is not yet a party nor a member
      When the status is asked as of "1998-02-15"
      Then TJ is a party to "ses-treaty-1994": no
      And TJ is a member of "caec": no

    @vclt-24-3 @vclt-70-1-a
    Scenario: Tajikistan's membership runs from March 1998 until the Community is terminated
      When the timeline of "caec" is asked
      Then the timeline shows "TJ" member from "1998-03" until "2002-02-28"
      And the timeline shows "caec" terminated from "2002-02-28", still holding

  Rule: a treaty open to accession "in any form acceptable" asks no consent of its members

    @vclt-15-a @what-if
    Scenario: a further state acceding in 1999 becomes a member without the consent of the others
      Given these facts are added:
        | type              | organization | state | date       | acceptsObligations |
        | accession-request | caec         | TR    | 1999-01-10 | true               |
      When the status is asked as of "1999-06-01"
      Then TR is a member of "caec" since "1999-01-10"
      And the explanation cites "VCLT art. 15(a)"
      And compared with the baseline, "caec" member TR changed from "no" to "yes"

  Rule: an accession to the constituent instrument makes the acceding state a party to it

    @vclt-15-a @vclt-24-3
    Scenario: a state that accedes to the open Treaty of 1994 is a party to it, not only a member
      Given these facts are added:
        | type              | organization | state | date       | acceptsObligations |
        | accession-request | caec         | TR    | 1999-01-10 | true               |
      When the status is asked as of "1999-06-01"
      Then TR is a member of "caec": yes
      And TR is a party to "ses-treaty-1994": yes
