package nl.signalenkaart.desktop

import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertTrue

/**
 * Android's largest font size (200 %) on a small phone (360×800 dp): the bars leave the
 * screen room, the quick exit stays next to the title, the PIN screens keep what they
 * ask for in view, a remark is written in a field that shows all its lines.
 */
class LargeFontLayoutTest {
    @get:Rule
    val rule = createComposeRule()

    private val frame by lazy { FrameHarness(rule, SMALL_PHONE_WIDTH_DP, SMALL_PHONE_HEIGHT_DP, MAX_FONT_SCALE) }

    private val visit = listOf(Language.NL, Language.EN).flatMap { language ->
        Visit.shots(language).map { shot -> shot.copy(name = "${shot.name}-${language.name.lowercase()}") }
    }

    @Test
    fun titleAndCallBarsTakeAtMostASixthOfTheHeight() {
        val limit = frame.heightDp / 6f
        val problems = visit.mapNotNull { shot ->
            frame.show(shot.view)
            val top = frame.bounds(hasTestTag(Tags.TOP_BAR)).height
            val call = if (shot.view.call != null) frame.bounds(hasTestTag(Tags.CALL_BAR)).height else 0f
            "${shot.name}: title bar $top dp + call bar $call dp > $limit dp".takeIf { top + call > limit }
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }

    @Test
    fun quickExitSitsOnTheTitleRow() {
        val problems = visit.filter { it.view.quickExit != null }.mapNotNull { shot ->
            frame.show(shot.view)
            val title = frame.drawnBounds(hasTestTag(Tags.TITLE))
            val exit = frame.drawnBounds(hasTestTag(Tags.QUICK_EXIT))
            val sameRow = exit.top < title.bottom && title.top < exit.bottom && exit.left >= title.right
            "${shot.name}: quick exit at $exit, title at $title".takeUnless { sameRow }
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }

    @Test
    fun pinScreensKeepTheirInstructionInViewWithoutScrolling() {
        val pins = visit.filter { it.view.screen is Screen.Pin }
        assertTrue(pins.size >= 6, "the visit has PIN screens: choose, wrong, unlock")
        val problems = pins.mapNotNull { shot ->
            val pin = (shot.view.screen as Screen.Pin).view
            frame.show(shot.view)
            val bar = frame.bounds(hasTestTag(Tags.TOP_BAR))
            val firstKey = frame.bounds(hasContentDescription(pin.keys.first().accessibilityLabel) and hasClickAction())
            val instruction = frame.bounds(hasText(pin.instruction), useUnmergedTree = true)
            val inView = instruction.top >= bar.bottom && instruction.bottom <= firstKey.top
            "${shot.name}: \"${pin.instruction}\" at $instruction, between $bar and the keys at ${firstKey.top}".takeUnless { inView }
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }

    @Test
    fun aRemarkIsWrittenInAFieldThatShowsAllItsLines() {
        for (language in listOf(Language.NL, Language.EN)) {
            val detail = Visit.view(language, "signal-detail")
            val view = (detail.screen as Screen.SignalDetail).view
            val remark = view.remark!!
            val long = "Zegt dat ze haar paspoort kwijt is; de man naast haar antwoordt steeds voor haar en kijkt mee."
            frame.show(detail.copy(screen = Screen.SignalDetail(view.copy(remark = remark.copy(text = long)))))
            val field = frame.bounds(hasSetTextAction() and hasText(long))
            // bodyLarge's 24 sp line at 200 %: three lines, its label and its padding
            // (one line with them: 136 dp).
            assertTrue(field.height >= 3 * 48f + 32f, "$language: the remark field is ${field.height} dp high, one line")
        }
    }
}
