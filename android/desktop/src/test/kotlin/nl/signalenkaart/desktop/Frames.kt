package nl.signalenkaart.desktop

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.size
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.Composable
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.junit4.ComposeContentTestRule
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.AppScreen
import nl.signalenkaart.ui.LocalTextLayouts
import nl.signalenkaart.ui.SignalenkaartTheme
import nl.signalenkaart.ui.neutralLook
import java.nio.file.Files
import java.util.Collections

/** The screenshot walk's views (every screen of a home visit), made once per test run. */
object Visit {
    private val shots = mutableMapOf<Language, List<Shot>>()

    fun shots(language: Language): List<Shot> = synchronized(shots) {
        shots.getOrPut(language) {
            val work = Files.createTempDirectory("signalenkaart-visit").toFile()
            try {
                scenarioShots(work, language, discreet = false)
            } finally {
                work.deleteRecursively()
            }
        }
    }

    fun view(language: Language, shot: String): ViewModel = shots(language).first { it.name == shot }.view
}

/**
 * Fixed views drawn as the app draws them (no core behind them: taps go nowhere) in a
 * phone-sized window of [widthDp]×[heightDp] at [fontScale], collecting the layout of
 * every text through [LocalTextLayouts].
 */
class FrameHarness(
    private val rule: ComposeContentTestRule,
    val widthDp: Int = PHONE_WIDTH_DP,
    val heightDp: Int = PHONE_HEIGHT_DP,
    fontScale: Float = 1f,
    private val oneComposition: Boolean = false,
) {
    private var view by mutableStateOf<ViewModel?>(null)
    private val layouts: MutableList<TextLayoutResult> = Collections.synchronizedList(mutableListOf())
    private val collect: (TextLayoutResult) -> Unit = { layouts += it }

    // The test rule's window is 1024×768 px at density 1: this density fits a phone into it.
    private val density = Density(0.75f, fontScale)

    init {
        rule.setContent {
            val shown = view ?: return@setContent
            CompositionLocalProvider(LocalDensity provides density, LocalTextLayouts provides collect) {
                Box(Modifier.size(widthDp.dp, heightDp.dp)) {
                    val screen = @Composable {
                        SignalenkaartTheme(dark = false, discreet = neutralLook(shown)) { AppScreen(shown, send = {}) }
                    }
                    // A new composition for each view: every text is laid out (and reported)
                    // anew. With [oneComposition], as in the app: what a screen remembers
                    // carries over to its next view.
                    if (oneComposition) screen() else key(shown) { screen() }
                }
            }
        }
    }

    /** Shows [next]; returns the layout of every text on it. */
    fun show(next: ViewModel): List<TextLayoutResult> {
        rule.runOnIdle {
            layouts.clear()
            view = next
        }
        return rule.runOnIdle { layouts.toList() }
    }

    /** Where the node is, in dp from the window's top left, not clipped to what is in view. */
    fun bounds(matcher: SemanticsMatcher, useUnmergedTree: Boolean = false): Rect =
        bounds(rule.onNode(matcher, useUnmergedTree).fetchSemanticsNode())

    /**
     * Where the node is drawn, in dp from the window's top left: scaled as drawn (a text
     * shrunk to fit its bar), clipped to its parents.
     */
    fun drawnBounds(matcher: SemanticsMatcher): Rect {
        val box = rule.onNode(matcher).fetchSemanticsNode().boundsInRoot
        val d = density.density
        return Rect(box.left / d, box.top / d, box.right / d, box.bottom / d)
    }

    /** Where [node] is, in dp from the window's top left, not clipped to what is in view. */
    fun bounds(node: SemanticsNode): Rect {
        val d = density.density
        val topLeft = node.positionInRoot
        return Rect(topLeft.x / d, topLeft.y / d, (topLeft.x + node.size.width) / d, (topLeft.y + node.size.height) / d)
    }
}

/**
 * What is wrong with a text as laid out: clipped (too wide, too tall, or cut by maxLines),
 * or a line that ends inside a word (a letter on both sides of a soft line break).
 */
fun layoutProblems(layout: TextLayoutResult): List<String> {
    val text = layout.layoutInput.text.text
    val problems = mutableListOf<String>()
    if (layout.hasVisualOverflow) problems += "clipped: \"$text\""
    for (line in 0 until layout.lineCount - 1) {
        val end = layout.getLineEnd(line)
        if (end in 1 until text.length && text[end - 1].isLetter() && text[end].isLetter()) {
            problems += "broken inside a word: \"${text.substring(layout.getLineStart(line), end)}|${text.substring(end)}\""
        }
    }
    return problems
}
