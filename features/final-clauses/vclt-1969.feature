@vclt-84 @final-clauses
Feature: The Vienna Convention on the Law of Treaties, as its depositary records it
  Art. 84(1): "The present Convention shall enter into force on the thirtieth day following the date of deposit
  of the thirty-fifth instrument of ratification or accession." Art. 84(2): for each state ratifying or acceding
  after the thirty-fifth instrument, "on the thirtieth day after deposit by such State of its instrument". Togo's
  accession of 28 December 1979 was the thirty-fifth; the Convention entered into force on 27 January 1980.

  Background:
    Given the case "vclt-1969"

  Rule: in force on the thirtieth day after the thirty-fifth instrument

    Scenario: the Convention entered into force on 27 January 1980
      When the status is asked as of "1980-01-27"
      Then "vclt-1969" is in force: yes
      And "vclt-1969" entered into force on "1980-01-27"
      And TG is a party to "vclt-1969" since "1980-01-27"
      And the explanation cites "art. 84"

    Scenario: the day before, it was not yet in force
      When the status is asked as of "1980-01-26"
      Then "vclt-1969" is in force: no

  Rule: for a later state, the thirtieth day after its own instrument

    @vclt-24-3
    Scenario: Rwanda acceded on 3 January 1980, after the thirty-fifth instrument
      When the status is asked as of "1980-03-01"
      Then RW is a party to "vclt-1969" since "1980-02-02"
