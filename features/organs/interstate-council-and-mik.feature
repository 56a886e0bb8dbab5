@vclt-70 @vclt-26
Feature: The organs of the Community after its transformation
  An organ has no existence apart from its organization; but the termination of a treaty "does not affect any right,
  obligation or legal situation of the parties created through the execution of the treaty prior to its
  termination" (VCLT art. 70(1)(b)). The Interstate Council and its permanent working organ, the MIK, were created
  at Almaty on 8 July 1994 (article, para. 16). By the Decision of 28 February 2002 the MIK continues its activity
  until the inventory of the CAEC treaty base is completed, together with the Committee of National Coordinators,
  the new executive organ of the CACO (para. 11); under para. 2 of the Decision the MIK is to be liquidated by its
  Chairman under the law of the Kyrgyz Republic (para. 16); new treaties will be considered only after the
  inventory (para. 31). A decision in force "is binding upon the parties to it" (art. 26).

  Background:
    Given the case "central-asia"

  Rule: an organ exists once the decision establishing it applies

    @vclt-24-1 @vclt-12-1-a
    Scenario: in 1995 the Interstate Council and the MIK are active
      When the status is asked as of "1995-06-01"
      Then organ "interstate-council" is "active"
      And the explanation cites "VCLT art. 12(1)(a)"
      And organ "mik" is "active"

    @vclt-5
    Scenario: the Committee of National Coordinators exists from 28 February 2002, with the Organization
      When the status is asked as of "2002-03-01"
      Then organ "national-coordinators" is "active"
      And the explanation cites "VCLT art. 5"

    @vclt-5
    Scenario: before the Organization there is no Committee of National Coordinators
      When the status is asked as of "2002-02-27"
      Then organ "national-coordinators" is "not-established"
      And organ "mik" is "active"

  Rule: an organ ceases with its organization unless a decision continues it

    @vclt-70-1-a
    Scenario: the Interstate Council ceased with the Community
      When the status is asked as of "2002-03-01"
      Then organ "interstate-council" is "ceased"
      And the explanation cites "VCLT art. 70(1)(a)"
      And the explanation cites "VCLT art. 59(1)(a)"

  Rule: a decision of the parties continues the MIK as a transitional organ, to be liquidated once its task is done

    @vclt-70-1-b
    Scenario: on 1 March 2002 the MIK is a transitional organ whose liquidation is ordered but not yet due
      When the status is asked as of "2002-03-01"
      Then organ "mik" is "transitional"
      And the explanation cites "VCLT art. 70(1)(b)"
      And the liquidation of "mik" is ordered: yes
      And the liquidation of "mik" falls to "Chairman of MIK" under the law of KG
      And the liquidation of "mik" is not yet due

    @vclt-26
    Scenario: until the inventory is completed the Organization considers no new treaties
      When the status is asked as of "2003-07-01"
      Then the restriction "no-new-treaties" of "caco" applies: yes
      And the explanation cites "VCLT art. 26"
      And organ "mik" is "transitional"

  Rule: once the inventory of the treaty base is completed, the mandate of the MIK ends and its liquidation is due

    @vclt-70-1-b @vclt-26 @what-if
    Scenario: the inventory of the CAEC treaty base is completed on 30 June 2003
      Given these facts are added:
        | type                | organization | date       |
        | inventory-completed | caec         | 2003-06-30 |
      When the status is asked as of "2003-07-01"
      Then organ "mik" is "liquidation-due"
      And the liquidation of "mik" is due from "2003-06-30"
      And the restriction "no-new-treaties" of "caco" applies: no
      And compared with the baseline, "mik" status changed from "transitional" to "liquidation-due"

    @vclt-70-1-b @what-if
    Scenario: the day before the inventory is completed the MIK is still transitional
      Given these facts are added:
        | type                | organization | date       |
        | inventory-completed | caec         | 2003-06-30 |
      When the status is asked as of "2003-06-29"
      Then organ "mik" is "transitional"
      And the restriction "no-new-treaties" of "caco" applies: yes

    @vclt-70-1-b @what-if
    Scenario: once its liquidation is completed the MIK is dissolved
      Given these facts are added:
        | id       | type                  | organization | organ | date       |
        | inv-caec | inventory-completed   | caec         |       | 2003-06-30 |
        | liq-mik  | liquidation-completed |              | mik   | 2004-01-15 |
      When the status is asked as of "2004-02-01"
      Then organ "mik" is "dissolved"
      And the explanation rests on the fact "liq-mik"
      And organ "national-coordinators" is "active"
