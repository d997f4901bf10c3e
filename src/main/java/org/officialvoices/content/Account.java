package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * One presence of one owner on one platform, read from {@code accounts/<id>.json}.
 *
 * @param nameZh  the name in Chinese, or null
 * @param created when the account opened, or null when no source says
 * @param country ISO 3166 code of the country whose government or organisation owns the account
 * @param source  where we learned the account exists
 * @param disagreements where sources contradict each other about this account, each side recorded
 * @param zh      the file's current translations: English text → Chinese ({@link Translations})
 */
public record Account(String id, Pos idPos, String name, String nameZh, String handle, Ref platform, String owner,
        Ref kind, String country, Pos countryPos, Dated created, Status status, Ref source, String summary,
        List<Event> events, List<Observation> observations, List<Disagreement> disagreements, String path,
        java.util.Map<String, String> zh) {

    public Account {
        zh = java.util.Map.copyOf(zh);
        events = List.copyOf(events);
        observations = List.copyOf(observations);
        disagreements = List.copyOf(disagreements);
    }
}
