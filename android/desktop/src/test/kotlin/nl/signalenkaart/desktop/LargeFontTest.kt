package nl.signalenkaart.desktop

import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.junit4.createComposeRule
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertTrue

/** Android's largest font size (200 %) on a small phone (360×800 dp). */
class LargeFontTest {
    @get:Rule
    val rule = createComposeRule()

    private val frame by lazy { FrameHarness(rule, SMALL_PHONE_WIDTH_DP, SMALL_PHONE_HEIGHT_DP, MAX_FONT_SCALE) }

    @Test
    fun noTextOnAnyScreenIsClippedOrBrokenInsideAWord() {
        val problems = listOf(Language.NL, Language.EN).flatMap { language ->
            Visit.shots(language).flatMap { shot ->
                val layouts = frame.show(shot.view)
                // The sparsest screen (neutral) has its title, its text and its button.
                assertTrue(layouts.size >= 3, "${shot.name}: only ${layouts.size} texts laid out")
                layouts.flatMap(::layoutProblems).map { "${shot.name}-${language.name.lowercase()}: $it" }
            }
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }

    @Test
    fun firstHomeSectionIsAboveTheFold() {
        for (language in listOf(Language.NL, Language.EN)) {
            val home = Visit.view(language, "home")
            frame.show(home)
            val first = (home.screen as Screen.Home).view.sections.first()
            val row = frame.bounds(hasContentDescription(first.accessibilityLabel))
            val call = frame.bounds(hasTestTag(Tags.CALL))
            assertTrue(row.bottom <= call.top && row.bottom <= frame.heightDp, "$language: '${first.label}' ends at ${row.bottom} dp, the call bar starts at ${call.top} dp")
        }
    }
}
