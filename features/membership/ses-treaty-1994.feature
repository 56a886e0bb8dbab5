@vclt-14 @vclt-24 @vclt-5
Feature: Membership of the Community as parties to the Treaty of 30 April 1994
  The parties to the constituent instrument of an international organization are its members (VCLT art. 2(1)(g)
  and art. 5). "The consent of a State to be bound by a treaty is expressed by ratification when the treaty
  provides for such consent to be expressed by means of ratification" (art. 14(1)(a)). Kazakhstan, Kyrgyzstan and
  Uzbekistan signed the Treaty on the creation of a Single Economic Space on 30 April 1994; it was "ratified by the
  supreme legislative bodies of the participating states" on days the article does not give, before Tajikistan
  acceded in March 1998 (article, para. 8).

  Background:
    Given the case "central-asia"

  Rule: the treaty is in force once every signatory has ratified it, and its parties are the members

    @vclt-24-1 @vclt-14-1
    Scenario: by March 1998 the three signatories are members of the Community
      When the status is asked as of "1998-03-15"
      Then "ses-treaty-1994" is in force: yes
      And the explanation cites "VCLT art. 14(1)(a)"
      And KZ is a member of "caec": yes
      And KG is a member of "caec": yes
      And UZ is a member of "caec": yes

    @vclt-2-1-g @vclt-5
    Scenario: a signatory is a member as a party to the constituent instrument
      When the status is asked as of "1999-01-01"
      Then KG is a party to "ses-treaty-1994": yes
      And KG is a member of "caec" since "1994-04-30/1998-02-28"
      And the explanation cites "VCLT art. 5"
      And organization "caec" is "functioning"

    @vclt-24-1
    Scenario: before the treaty was signed there is neither a Community nor a member
      When the status is asked as of "1994-04-01"
      Then "ses-treaty-1994" is in force: no
      And organization "caec" is "not-established"
      And KZ is a member of "caec": no

  Rule: while the day of the last ratification is unknown, so is the entry into force and the membership

    @vclt-24-1 @vclt-14-1
    Scenario: on 1 January 1996 it is not known whether the treaty has entered into force
      When the status is asked as of "1996-01-01"
      Then "ses-treaty-1994" is in force: undetermined
      And the reason given mentions "rat-ses-kz"
      And the reason given mentions "between 1994-04-30 and 1998-02-28"
      And organization "caec" is "undetermined"

    @vclt-2-1-g
    Scenario: on 1 January 1996 the membership of the signatories is undetermined, for want of the ratification dates
      When the status is asked as of "1996-01-01"
      Then KZ is a member of "caec": undetermined
      And the reason given mentions "rat-ses-kz"
      And KG is a member of "caec": undetermined
      And UZ is a member of "caec": undetermined
      And the reason given mentions "rat-ses-uz"
