package org.treatylaw.facts;

/** A notice of withdrawal is itself withdrawn before it takes effect (VCLT art. 68). */
public record NoticeWithdrawn(String id, String notice, DateRange date, String source) implements Fact {

    public NoticeWithdrawn {
        Require.id(notice, "notice");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("notice-withdrawn", notice, date);
    }

    @Override
    public References references() {
        return References.of().build();
    }
}
