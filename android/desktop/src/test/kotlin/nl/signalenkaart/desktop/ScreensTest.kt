package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import org.jetbrains.skia.Image
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** Layout rules a hurried thumb needs, and the screenshot path. */
class ScreensTest {
    @get:Rule
    val rule = createComposeRule()

    private var harness: UiHarness? = null
    private val ui: UiHarness get() = harness ?: UiHarness(rule).also { harness = it }

    @After
    fun tearDown() {
        harness?.close()
    }

    private fun assertTouchTargets(where: String) {
        val small = rule.onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.OnClick))
            .fetchSemanticsNodes()
            .filter { node ->
                with(rule.density) { node.size.width.toDp() < 48.dp || node.size.height.toDp() < 48.dp }
            }
            .map { with(rule.density) { "${it.config} ${it.size.width.toDp()}x${it.size.height.toDp()}" } }
        assertTrue(small.isEmpty(), "$where: touch targets under 48 dp: $small")
    }

    @Test
    fun everyTouchTargetIsAtLeast48dp() {
        ui.screen<Screen.Home>()
        assertTouchTargets("home")
        for (destination in listOf(Destination.SIGNALS, Destination.MELDCODE, Destination.AFWEGINGSKADER, Destination.CONTACTS, Destination.SETTINGS)) {
            ui.tap(ui.screen<Screen.Home>().view.sections.first { it.event == Event.Open(destination) }.accessibilityLabel)
            assertTouchTargets("$destination")
            ui.tap(ui.view.back!!.accessibilityLabel)
        }
        ui.tap(ui.screen<Screen.Home>().view.sections.first { it.event == Event.Open(Destination.CASES) }.accessibilityLabel)
        ui.screen<Screen.Pin>()
        assertTouchTargets("pin")
    }

    @Test
    fun screenshotScenarioReachesEveryScreen() {
        val shots = Visit.shots(Language.NL)
        val reached = shots.map { it.view.screen::class.simpleName }.toSet()
        val all = setOf(
            "Home", "Signals", "Conversation", "Meldcode", "Afwegingskader", "Contacts", "Cases", "Case",
            "Label", "SignalDetail", "NoteEditor", "Search", "Settings", "CoordinatorQuestion", "About",
            "Confirm", "Pin", "LockedOut", "Neutral",
        )
        assertEquals(all, reached)
        val png = renderPng(shots.first().view, dark = true, density = 1f)
        val image = Image.makeFromEncoded(png)
        assertEquals(PHONE_WIDTH_DP to PHONE_HEIGHT_DP, image.width to image.height)
    }
}
