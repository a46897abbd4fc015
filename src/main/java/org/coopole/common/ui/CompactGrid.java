package org.coopole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A list screen that shows what matters without sideways scrolling: on a window narrower than the breakpoint the grid
 * shows one summary column (what, when, state, who, one line each) beside the columns kept (its actions); wider, its
 * own columns. Decided when the grid is shown and again whenever the window is resized (a phone turned sideways).
 */
public final class CompactGrid {

    /** Below this window width a grid of several columns reads better as summaries: a 1024 px screen is summarised. */
    public static final int WIDE = 1100;

    private CompactGrid() {
    }

    /**
     * Adds the summary column (first, as the header given) and switches between it and the grid's other columns.
     *
     * @param kept columns shown in both layouts, e.g. the actions
     */
    @SafeVarargs
    public static <T> Grid.Column<T> summarise(Grid<T> grid, int narrowerThan, String header,
                                               SerializableFunction<T, List<Component>> lines, Grid.Column<T>... kept) {
        Grid.Column<T> summary = grid.addComponentColumn(item -> {
            Div block = new Div();
            block.addClassName("coopole-summary");
            lines.apply(item).forEach(block::add);
            return block;
        }).setHeader(header).setFlexGrow(1).setKey("summary");
        List<Grid.Column<T>> order = new ArrayList<>(List.of(summary));
        grid.getColumns().stream().filter(c -> c != summary).forEach(order::add);
        grid.setColumnOrder(order);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("coopole-compact-grid");
        Set<Grid.Column<T>> always = Set.of(kept);
        summary.setVisible(false);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(grid, summary, always,
                    details.getWindowInnerWidth() < narrowerThan));
            Registration resize = page.addBrowserWindowResizeListener(resized -> show(grid, summary, always,
                    resized.getWidth() < narrowerThan));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return summary;
    }

    private static <T> void show(Grid<T> grid, Grid.Column<T> summary, Set<Grid.Column<T>> always, boolean narrow) {
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(always.contains(column) || (column == summary) == narrow);
        }
        grid.getElement().getClassList().set("coopole-narrow", narrow);
    }

    /** A quieter line of a summary. */
    public static Component hint(String text) {
        com.vaadin.flow.component.html.Span span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("coopole-hint");
        return span;
    }
}
