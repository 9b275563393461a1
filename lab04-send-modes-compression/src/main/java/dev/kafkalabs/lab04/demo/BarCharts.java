package dev.kafkalabs.lab04.demo;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Bar charts of benchmark results, drawn with XChart without a display and saved as one PNG. A bar is a
 * median; the dots on it are the rounds (or pairs) it is the median of, so the spread is in plain sight.
 */
public final class BarCharts {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 440;
    private static final Color BAR = new Color(120, 160, 210);
    private static final Color DOT = new Color(20, 20, 20, 170);

    /** One bar: its category, its median, and the values of every round. */
    public record Bar(String category, double median, List<Double> rounds) {
    }

    private BarCharts() {
    }

    /**
     * A chart of one bar per category with a dot per round.
     *
     * @param logarithmic a log scale, for values that differ by orders of magnitude
     */
    public static CategoryChart chart(String title, String valueAxis, List<Bar> bars, boolean logarithmic,
                                      String decimalPattern) {
        // Draws into images only: no window, no display needed (servers, CI).
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(valueAxis).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(220, 220, 220));
        styler.setLegendVisible(false);
        styler.setOverlapped(true);
        List<String> categories = bars.stream().map(Bar::category).toList();
        styler.setXAxisLabelRotation(categories.stream().anyMatch(name -> name.length() > 10) ? 20 : 0);
        styler.setYAxisLogarithmic(logarithmic);
        double smallest = bars.stream().flatMap(bar -> bar.rounds().stream()).mapToDouble(Double::doubleValue)
                .filter(value -> value > 0).min().orElse(1);
        double largest = bars.stream().flatMap(bar -> bar.rounds().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(10);
        if (logarithmic) {
            // Bars grow from the axis minimum, which a log scale cannot put at zero.
            styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest))));
            styler.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(largest))));
        } else {
            styler.setYAxisMin(0.0);
            styler.setYAxisMax(largest * 1.1);
        }
        styler.setYAxisDecimalPattern(decimalPattern);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));

        CategorySeries medians = chart.addSeries("median", categories, bars.stream().map(Bar::median).toList());
        medians.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        medians.setFillColor(BAR);
        int rounds = bars.stream().mapToInt(bar -> bar.rounds().size()).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            List<Double> values = new ArrayList<>();
            for (Bar bar : bars) {
                values.add(round < bar.rounds().size() ? bar.rounds().get(round) : null);
            }
            CategorySeries dots = chart.addSeries("round " + (round + 1), categories, values);
            dots.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(DOT);
        }
        styler.setMarkerSize(6);
        return chart;
    }

    /** Saves {@code charts} side by side in one PNG file. */
    public static void savePng(List<CategoryChart> charts, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(charts, 1, charts.size(), out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    /** The bars of {@code values}: category to every round's value, in the map's order. */
    public static List<Bar> bars(Map<String, List<Double>> values) {
        return values.entrySet().stream()
                .map(entry -> new Bar(entry.getKey(), Statistics.median(entry.getValue()), entry.getValue()))
                .toList();
    }
}
