package nl.signalenkaart.desktop

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.performSemanticsAction
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.NoticeKind
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.SettingsView
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.Tags
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertTrue

/**
 * "Alles wissen" away from every frequent action: no tap aimed at another control lands
 * on it, not even when the errors above that control vanish and the screen moves up.
 */
class SettingsWipeTest {
    @get:Rule
    val rule = createComposeRule()

    /** Room between the wipe button and any other control: a hurried thumb's width. */
    private val separation = 32f

    private fun phone() = FrameHarness(rule)
    private fun smallPhoneAt200Percent() = FrameHarness(rule, SMALL_PHONE_WIDTH_DP, SMALL_PHONE_HEIGHT_DP, MAX_FONT_SCALE)

    /** The bars' controls: the call bar is checked with the screen scrolled to its end. */
    private val barTags = setOf(Tags.BACK, Tags.LOCK, Tags.QUICK_EXIT, Tags.CALL)

    /** Settings without a vault and unlocked, in both languages. */
    private val settings = listOf(Language.NL, Language.EN).flatMap { language ->
        listOf("settings", "settings-unlocked").map { "$it-${language.name.lowercase()}" to Visit.view(language, it) }
    }

    private fun ViewModel.settings(): SettingsView = (screen as Screen.Settings).view

    /** The same screen after a refused save: an error notice above, errors under both fields. */
    private fun refused(view: ViewModel): ViewModel {
        val error = "Dit is geen geldig telefoonnummer: zulke nummers worden niet uitgegeven. Controleer de cijfers."
        val notice = Visit.view(Language.NL, "case-notice").notice!!.copy(kind = NoticeKind.ERROR, text = error)
        val s = view.settings()
        return view.copy(
            notice = notice,
            screen = Screen.Settings(
                s.copy(
                    coordinatorName = s.coordinatorName.copy(error = error),
                    coordinatorNumber = s.coordinatorNumber.copy(error = error),
                ),
            ),
        )
    }

    private fun FrameHarness.wipe(view: ViewModel): Rect =
        bounds(hasContentDescription(view.settings().wipe.accessibilityLabel) and hasClickAction())

    private fun gap(a: Rect, b: Rect): Float = when {
        a.bottom <= b.top -> b.top - a.bottom
        b.bottom <= a.top -> a.top - b.bottom
        else -> 0f
    }

    @Test
    fun wipeIsNotNextToAnyOtherControlNorTheCallBar() = assertWipeApart(phone())

    @Test
    fun wipeIsNotNextToAnyOtherControlNorTheCallBarAt200Percent() = assertWipeApart(smallPhoneAt200Percent())

    @Test
    fun whenTheErrorsAboveSaveVanishNoTapAimedAtItLandsOnWipe() = assertNoSlideOntoWipe(phone())

    @Test
    fun whenTheErrorsAboveSaveVanishNoTapAimedAtItLandsOnWipeAt200Percent() = assertNoSlideOntoWipe(smallPhoneAt200Percent())

    private fun assertWipeApart(frame: FrameHarness) {
        val problems = settings.flatMap { (name, view) ->
            frame.show(view)
            val wipe = frame.wipe(view)
            val others = rule.onAllNodes(hasClickAction()).fetchSemanticsNodes()
                .filter { it.config.getOrNull(SemanticsProperties.TestTag) !in barTags }
                .map { node -> frame.bounds(node) }
                .filter { it != wipe }
            val near = others.filter { gap(it, wipe) < separation }.map { "$name: a control at $it, wipe at $wipe" }
            // Scrolled to the end: the wipe button above the call bar, with room between.
            rule.onNode(hasScrollAction()).performSemanticsAction(SemanticsActions.ScrollBy) { it(0f, 100_000f) }
            rule.waitForIdle()
            val end = frame.wipe(view)
            val call = frame.bounds(hasTestTag(Tags.CALL))
            near + listOfNotNull("$name: wipe at $end, the call bar at $call".takeIf { gap(end, call) < separation })
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }

    private fun assertNoSlideOntoWipe(frame: FrameHarness) {
        val problems = settings.flatMap { (name, view) ->
            val before = refused(view)
            frame.show(before)
            val aimed = listOfNotNull(before.settings().saveCoordinator, before.settings().clearCoordinator)
                .map { it.label to frame.bounds(hasContentDescription(it.accessibilityLabel) and hasClickAction()) }
            // The errors vanish (the user corrected the number); the screen has not scrolled.
            frame.show(view)
            val wipe = frame.wipe(view)
            aimed.mapNotNull { (label, at) ->
                "$name: a tap on '$label' (at $at) lands on or next to wipe (now at $wipe)".takeIf { gap(at, wipe) < separation }
            }
        }
        assertTrue(problems.isEmpty(), problems.joinToString("\n"))
    }
}
