package org.coopole.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side menu: the small {@code <coopole-nav>} element in {@code frontend/js} draws its links, icons and counts in
 * the browser from one property, so that a session keeps one state node for it instead of three for every entry
 * (item, label, icon) with Vaadin's side navigation (decision 0028).
 */
@Tag("coopole-nav")
@JavaScript("context://js/coopole-nav.js")
public final class NavigationMenu extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One entry: the router path, the words shown, a Vaadin icon ("vaadin:home"), and a count shown beside it (0:
     * none) with the words a screen reader says for it.
     */
    public record Entry(String path, String label, String icon, int count, String countLabel) {
    }

    private List<Entry> entries = List.of();

    public List<Entry> entries() {
        return entries;
    }

    void setEntries(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        getElement().setProperty("entries", JSON.writeValueAsString(this.entries.stream().map(entry -> {
            Map<String, Object> json = new LinkedHashMap<>();
            // relative to the page's base, as Vaadin's router links are: "resources", "" for home
            json.put("path", entry.path().replaceFirst("^/+", ""));
            json.put("label", entry.label());
            json.put("icon", entry.icon());
            if (entry.count() > 0) {
                json.put("count", String.valueOf(entry.count()));
                json.put("countLabel", entry.countLabel());
            }
            return json;
        }).toList()));
    }

    /** The same entries with that count beside the one at that path. */
    void setCount(String path, int count, String countLabel) {
        setEntries(entries.stream().map(entry -> entry.path().equals(path)
                ? new Entry(entry.path(), entry.label(), entry.icon(), count, countLabel) : entry).toList());
    }
}
