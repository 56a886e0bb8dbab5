package org.treatylaw.facts;

/**
 * Withdrawal or denunciation takes effect a number of months after the notice (VCLT art. 54(a); twelve months by
 * default where a right of withdrawal is implied, art. 56(2)).
 */
public record WithdrawalClause(boolean allowed, Integer noticeMonths, Integer minimumParties, String source) {

    public static final int VCLT_DEFAULT_NOTICE_MONTHS = 12;

    public WithdrawalClause {
        noticeMonths = noticeMonths == null ? VCLT_DEFAULT_NOTICE_MONTHS : noticeMonths;
        if (noticeMonths < 0) {
            throw new InvalidFactException("withdrawal.noticeMonths", "cannot be negative (" + noticeMonths + ")");
        }
    }
}
