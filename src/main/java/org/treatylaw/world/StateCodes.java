package org.treatylaw.world;

import java.util.List;

/** ISO 3166-1 alpha-2 codes a synthetic world draws its states from, in a fixed order. */
final class StateCodes {

    static final List<String> ALL = List.of(("""
            AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL
            CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW
            GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU
            LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
            PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO
            TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW VA PS CK NU TW EH XK AW BM CW FO GL HK MO NC PF PR
            AI AS AX BL BQ BV CC CX FK GF GG GI GP GS GU HM IM IO JE KY MF MP MQ MS NF PM PN RE SH SJ SX TC TF TK UM
            VG VI WF YT AQ""").trim().split("\\s+"));

    private StateCodes() {
    }
}
