package nl.signalenkaart.desktop

import androidx.compose.ui.graphics.Color
import nl.signalenkaart.ui.appCallColors
import nl.signalenkaart.ui.appColorScheme
import org.junit.Test
import kotlin.math.max
import kotlin.math.min
import kotlin.math.pow
import kotlin.test.assertTrue

/**
 * Every colour pair the screens draw, in the four themes (calm and discreet, light and
 * dark): text at least 4.5:1 (WCAG 2.2 SC 1.4.3), what marks a control at least 3:1
 * (SC 1.4.11): an unselected option is seen by its outline, a checkbox by its box.
 */
class ThemeContrastTest {
    /** WCAG's relative luminance of an sRGB colour. */
    private fun luminance(color: Color): Double {
        fun linear(c: Float): Double = if (c <= 0.04045f) c / 12.92 else ((c + 0.055) / 1.055).pow(2.4)
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    private fun contrast(a: Color, b: Color): Double {
        val (la, lb) = luminance(a) to luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test
    fun textAndControlsStandOutInEveryTheme() {
        val failures = mutableListOf<String>()
        for (dark in listOf(false, true)) for (discreet in listOf(false, true)) {
            val c = appColorScheme(dark, discreet)
            val call = appCallColors(dark, discreet)
            // What, its colour, what it sits on, the ratio it needs.
            val text = 4.5
            val control = 3.0
            val pairs = listOf(
                Triple("text on the screen", c.onSurface to c.surface, text),
                Triple("text on a card or row", c.onSurface to c.surfaceVariant, text),
                Triple("detail on the screen", c.onSurfaceVariant to c.surface, text),
                Triple("detail on a card", c.onSurfaceVariant to c.surfaceVariant, text),
                Triple("case label, outlined button", c.primary to c.surface, text),
                Triple("step label in a card", c.primary to c.surfaceVariant, text),
                Triple("filled button, selected option", c.onPrimary to c.primary, text),
                Triple("callout", c.onPrimaryContainer to c.primaryContainer, text),
                Triple("confirmation, quick exit, PIN key", c.onSecondaryContainer to c.secondaryContainer, text),
                Triple("error notice", c.onErrorContainer to c.errorContainer, text),
                Triple("PIN error, field error", c.error to c.surface, text),
                Triple("danger button", c.onError to c.error, text),
                Triple("call button", call.content to call.container, text),
                Triple("option outline on the screen", c.outline to c.surface, control),
                Triple("option outline on a card", c.outline to c.surfaceVariant, control),
                Triple("selected option, checked box on the screen", c.primary to c.surface, control),
                Triple("selected option, checked box on a card", c.primary to c.surfaceVariant, control),
                Triple("checkbox and radio outline on the screen", c.onSurfaceVariant to c.surface, control),
                Triple("checkbox and radio outline on a card", c.onSurfaceVariant to c.surfaceVariant, control),
                Triple("text field outline", c.outline to c.surface, control),
                Triple("call button on the screen", call.container to c.surface, control),
            )
            val theme = "${if (discreet) "discreet" else "calm"} ${if (dark) "dark" else "light"}"
            for ((what, colors, needed) in pairs) {
                val ratio = contrast(colors.first, colors.second)
                if (ratio < needed) failures += "$theme: $what ${"%.2f".format(ratio)}:1, needs $needed:1"
            }
        }
        assertTrue(failures.isEmpty(), failures.joinToString("\n"))
    }
}
