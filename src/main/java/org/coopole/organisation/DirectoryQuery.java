package org.coopole.organisation;

/**
 * A page of the member directory, by name.
 *
 * @param text      words of the name; all when blank
 * @param legalForm only this legal form, or all when null
 * @param ess       only ESS (true) or non-ESS (false) organisations, or both when null
 * @param tag       only organisations with this tag, or all when blank
 */
public record DirectoryQuery(String text, LegalForm legalForm, Boolean ess, String tag, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    public static DirectoryQuery all(int limit) {
        return new DirectoryQuery("", null, null, "", 0, limit);
    }
}
