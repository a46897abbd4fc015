package org.coopole.indicators.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Apache ECharts chart (the element {@code coopole-chart}); its figures are always also in a table beside it. */
@Tag("coopole-chart")
@JavaScript("context://vendor/echarts/dist/echarts.min.js")
@JavaScript("context://js/coopole-chart.js")
class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Horizontal bars: one per category, a series per list of values. */
    static Chart bars(String label, List<String> categories, Map<String, List<? extends Number>> series, String unit) {
        Chart chart = new Chart(label);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "bar");
        spec.put("categories", categories);
        spec.put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "data", e.getValue())).toList());
        spec.put("unit", unit);
        chart.getElement().setProperty("chartJson", JSON.writeValueAsString(spec));
        return chart;
    }

    /** A flow diagram: who lent to whom, and how much. */
    static Chart flow(String label, List<Map<String, Object>> links, String unit) {
        Chart chart = new Chart(label);
        chart.getElement().setProperty("chartJson", JSON.writeValueAsString(Map.of("type", "flow", "links", links,
                "unit", unit)));
        return chart;
    }

    private Chart(String label) {
        getElement().setAttribute("label", label);
        getElement().setAttribute("lang", getLocale().toLanguageTag()); // numbers written as the reader's language does
    }
}
