package nl.signalenkaart.desktop

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.onAllNodesWithContentDescription
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import nl.signalenkaart.core.Button
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.PinView
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** The PIN pad: where the keys are, and that nothing moves them. */
class PinPadTest {
    @get:Rule
    val rule = createComposeRule()

    /** After a wrong PIN: the core's error and the attempts left. */
    private val wrong = Visit.view(Language.NL, "pin-wrong")
    private val pin = (wrong.screen as Screen.Pin).view

    private fun showing(pin: PinView, from: ViewModel = wrong) = wrong.copy(screen = Screen.Pin(pin), notice = from.notice)

    /** Every message the PIN screen can show, none of them, and a notice above the screen. */
    private val variants = listOf(
        "no message" to showing(pin.copy(error = null, attempts = null, retry = null)),
        "wrong PIN" to wrong,
        "wrong PIN, waiting" to showing(pin.copy(retry = "Probeer het opnieuw na 14:35. Het wachten wordt langer na elke foute pincode.")),
        "a notice" to showing(pin, from = Visit.view(Language.NL, "case-notice")),
        "why the PIN is asked" to showing(pin.copy(biometricNote = "Na snel verlaten opent alleen de pincode de app.")),
    )

    private val biometricButton: Button
        get() = Button("Ontgrendel met vingerafdruk of gezicht", "Ontgrendel met vingerafdruk of gezicht", true, Event.UnlockWithBiometrics)

    private fun FrameHarness.keys(): List<Rect> =
        pin.keys.map { bounds(hasContentDescription(it.accessibilityLabel) and hasClickAction()) }

    private fun assertKeysStayPut(frame: FrameHarness) {
        val (_, first) = variants.first()
        frame.show(first)
        val where = frame.keys()
        for ((name, view) in variants.drop(1)) {
            frame.show(view)
            assertEquals(where, frame.keys(), "the keys moved with $name")
        }
    }

    @Test
    fun keysStayPutWhateverMessageAppears() = assertKeysStayPut(FrameHarness(rule))

    @Test
    fun keysStayPutWhateverMessageAppearsAt200Percent() =
        assertKeysStayPut(FrameHarness(rule, SMALL_PHONE_WIDTH_DP, SMALL_PHONE_HEIGHT_DP, MAX_FONT_SCALE))

    /**
     * The unlock pad as it comes (with the biometric button), then after a wrong PIN
     * (the button gone, the core's note why): the keys stay where they were. In one
     * composition, as the app shows one view after the other.
     */
    private fun assertKeysStayPutWhenTheBiometricButtonGoes(frame: FrameHarness) {
        frame.show(showing(pin.copy(error = null, attempts = null, retry = null, biometric = biometricButton)))
        val where = frame.keys()
        rule.onNodeWithContentDescription(biometricButton.accessibilityLabel).assertIsDisplayed()
        frame.show(showing(pin.copy(biometricNote = "Na een foute pincode opent alleen de pincode de app.")))
        rule.onAllNodesWithContentDescription(biometricButton.accessibilityLabel).assertCountEquals(0)
        assertEquals(where, frame.keys(), "the keys moved when the biometric button went")
    }

    @Test
    fun keysStayPutWhenTheBiometricButtonGoes() =
        assertKeysStayPutWhenTheBiometricButtonGoes(FrameHarness(rule, oneComposition = true))

    @Test
    fun keysStayPutWhenTheBiometricButtonGoesAt200Percent() =
        assertKeysStayPutWhenTheBiometricButtonGoes(
            FrameHarness(rule, SMALL_PHONE_WIDTH_DP, SMALL_PHONE_HEIGHT_DP, MAX_FONT_SCALE, oneComposition = true),
        )

    @Test
    fun atTheNormalFontSizeTheBiometricButtonComesIntoItsSlotWithoutMovingTheKeys() {
        val frame = FrameHarness(rule, oneComposition = true)
        frame.show(showing(pin.copy(error = null, attempts = null, retry = null)))
        val where = frame.keys()
        frame.show(showing(pin.copy(error = null, attempts = null, retry = null, biometric = biometricButton)))
        rule.onNodeWithContentDescription(biometricButton.accessibilityLabel).assertIsDisplayed()
        assertEquals(where, frame.keys())
    }

    @Test
    fun padSitsAtTheBottomWithinThumbReach() {
        val frame = FrameHarness(rule)
        for ((name, view) in variants) {
            frame.show(view)
            val bottomRow = frame.keys().takeLast(3)
            assertTrue(bottomRow.all { it.center.y > frame.heightDp * 2f / 3 }, "$name: the pad's bottom row is at ${bottomRow.first()} in a ${frame.heightDp} dp window")
        }
    }

    @Test
    fun backspaceIsAnIconSpokenAsTheCoreLabelsIt() {
        FrameHarness(rule).show(wrong)
        val backspace = pin.keys.single { it.event == Event.PinBackspace }
        val icon = hasContentDescription(backspace.accessibilityLabel) and SemanticsMatcher.expectValue(SemanticsProperties.Role, Role.Image)
        rule.onAllNodes(icon, useUnmergedTree = true).assertCountEquals(1)
        rule.onAllNodesWithText(backspace.label).assertCountEquals(0)
    }
}
