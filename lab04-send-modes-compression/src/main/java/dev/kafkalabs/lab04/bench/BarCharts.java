package dev.kafkalabs.lab04.bench;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Bar charts of benchmark results, drawn with XChart without a display and saved as one PNG. */
public final class BarCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 520;

    private BarCharts() {
    }

    /**
     * One bar chart: a group of bars per category, one bar per series.
     *
     * @param series      series name to its values, one per category, in category order
     * @param logarithmic a log scale, for values that differ by orders of magnitude
     */
    public static CategoryChart chart(String title, String valueAxis, List<String> categories,
                                      Map<String, List<Double>> series, boolean logarithmic, String decimalPattern) {
        // Draws into images only: no window, no display needed (servers, CI).
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(valueAxis).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(220, 220, 220));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendVisible(series.size() > 1);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setXAxisLabelRotation(categories.stream().anyMatch(name -> name.length() > 10) ? 30 : 0);
        styler.setYAxisLogarithmic(logarithmic);
        if (logarithmic) {
            // Bars grow from the axis minimum, which a log scale cannot put at zero.
            double smallest = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue)
                    .filter(value -> value > 0).min().orElse(1);
            double largest = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue)
                    .max().orElse(10);
            styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest))));
            styler.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(largest))));
        }
        styler.setYAxisDecimalPattern(decimalPattern);
        styler.setLabelsVisible(true);
        styler.setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLabelsFontColor(Color.DARK_GRAY);
        styler.setLabelsFontColorAutomaticEnabled(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        series.forEach((name, values) -> chart.addSeries(name, categories, values));
        return chart;
    }

    /** Saves {@code charts} side by side in one PNG file. */
    public static void savePng(List<CategoryChart> charts, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(charts, 1, charts.size(), out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
