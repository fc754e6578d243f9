package org.briefkit.model;

/**
 * A "Read more" item: a related report or page.
 *
 * @param title   its title; required
 * @param summary a one-line summary; "" for none
 * @param link    its URI; "" for none
 */
public record RelatedItem(String title, String summary, String link) {
    /** Checks the title and link. */
    public RelatedItem {
        title = Checks.required("related.title", title);
        summary = Checks.text("related.summary", summary);
        link = Checks.uri("related.link", link);
    }
}
