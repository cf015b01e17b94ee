package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** A whole home visit, tapped through the real screens over the real core. */
class HomeVisitTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    @Test
    fun aClearedListComesBackWithTheNoticesUndo() {
        ui.open(Destination.SIGNALS)
        repeat(2) { i -> ui.tap(ui.screen<Screen.Signals>().view.items[i].accessibilityLabel) }
        ui.tap(ui.screen<Screen.Signals>().view.clear!!.accessibilityLabel)
        assertEquals("0 signalen", ui.screen<Screen.Signals>().view.count)
        val undo = ui.view.notice?.action ?: throw AssertionError("no undo offered: ${ui.view.notice}")
        rule.onNodeWithTag(Tags.NOTICE).assertIsDisplayed()
        ui.tap(undo.accessibilityLabel)
        assertEquals("2 signalen", ui.screen<Screen.Signals>().view.count)
        rule.onNodeWithText("2 signalen").scrollIntoView().assertIsDisplayed()
    }

    @Test
    fun homeVisitFromTicksToNoteStepAndCall() {
        ui.open(Destination.SIGNALS)
        repeat(3) { i -> ui.tap(ui.screen<Screen.Signals>().view.items[i].accessibilityLabel) }
        val signals = ui.screen<Screen.Signals>().view
        assertEquals("3 signalen", signals.count)
        rule.onNodeWithText(signals.count).assertIsDisplayed()
        rule.onNodeWithContentDescription(signals.items[0].accessibilityLabel).assertIsOn()

        // Saving asks for a PIN: the core's keypad, never a system keyboard.
        ui.tap(signals.save!!.accessibilityLabel)
        ui.screen<Screen.Pin>()
        rule.onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.SetText)).assertCountEquals(0)
        ui.pin("246810")
        ui.pin("246810")
        val picker = ui.screen<Screen.Cases>().view
        assertTrue(picker.pickingForChecklist != null)

        ui.tap(picker.newCase.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput("gezin B.")
        ui.tap(ui.screen<Screen.Label>().view.submit.accessibilityLabel)
        val case = ui.screen<Screen.Case>().view
        assertEquals("gezin B.", ui.view.title)
        assertEquals("3 signalen", case.sections[0].detail)
        rule.onNodeWithTag(Tags.LOCK).assertIsDisplayed()

        // A note; the confirmation is a notice with a dismiss button.
        ui.tap(case.newNote.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput("Moeder zegt dat zoon 's nachts pakketjes rondbrengt.")
        ui.tap(ui.screen<Screen.NoteEditor>().view.save.accessibilityLabel)
        assertEquals(1, ui.screen<Screen.Case>().view.notes.size)
        rule.onNodeWithTag(Tags.NOTICE).assertIsDisplayed()
        ui.tap(ui.view.notice!!.dismiss.accessibilityLabel)
        rule.onAllNodesWithTag(Tags.NOTICE).assertCountEquals(0)

        // Step 2 with an expert, then done.
        ui.tap(case.sections[1].accessibilityLabel)
        val step2 = ui.screen<Screen.Meldcode>().view.steps[1]
        ui.tap(step2.experts[0].consulted!!.accessibilityLabel)
        val done = step2.status!!.options.last().label
        val doneOption = rule.onNode(hasText(done) and hasAnyAncestor(hasTestTag(Tags.step(2))))
        doneOption.scrollIntoView().performClick()
        rule.waitForIdle()
        doneOption.assertIsSelected()
        val after = ui.screen<Screen.Meldcode>().view.steps[1]
        assertTrue(after.experts[0].consulted!!.checked)
        assertEquals(listOf(done), after.status!!.options.filter { it.selected }.map { it.label })

        // One tap to call the zorgcoördinator.
        ui.effects.clear()
        rule.onNodeWithTag(Tags.CALL).performClick()
        rule.waitForIdle()
        assertEquals(listOf<Effect>(Effect.Dial(telUri = "tel:+31135498430")), ui.effects.toList())

        // Quick exit: locked, hidden, a neutral screen without the call button.
        ui.effects.clear()
        rule.onNodeWithTag(Tags.QUICK_EXIT).performClick()
        rule.waitForIdle()
        assertEquals(listOf(Effect.Locked, Effect.HideApp), ui.effects.toList())
        val neutral = ui.screen<Screen.Neutral>().view
        rule.onNodeWithTag(Tags.TITLE).assertTextEquals(ui.view.title)
        rule.onAllNodesWithTag(Tags.CALL).assertCountEquals(0)
        rule.onAllNodesWithTag(Tags.LOCK).assertCountEquals(0)
        val onScreen = ui.everythingOnScreen().lowercase()
        for (word in listOf("gezin b.", "pakketjes", "mensenhandel", "signalenkaart")) {
            assertTrue(word !in onScreen, "'$word' on the neutral screen")
        }
        ui.tap(neutral.action.accessibilityLabel)
        ui.screen<Screen.Home>()
    }

    @Test
    fun callButtonIsOnEveryCardScreenAndBackReturnsHome() {
        val destinations = listOf(
            Destination.SIGNALS, Destination.CONVERSATION, Destination.MELDCODE,
            Destination.AFWEGINGSKADER, Destination.CONTACTS, Destination.SETTINGS, Destination.ABOUT,
        )
        for (destination in destinations) {
            ui.open(destination)
            rule.onNodeWithTag(Tags.CALL).assertIsDisplayed()
            rule.onNodeWithContentDescription(ui.view.call!!.accessibilityLabel).assertIsDisplayed()
            ui.effects.clear()
            rule.onNodeWithTag(Tags.CALL).performClick()
            rule.waitForIdle()
            assertEquals(listOf<Effect>(Effect.Dial(telUri = "tel:+31135498430")), ui.effects.toList(), "$destination")
            rule.onNodeWithTag(Tags.BACK).performClick()
            rule.waitForIdle()
            ui.screen<Screen.Home>()
        }
    }

    @Test
    fun discreetModeHidesEveryRevealingTitle() {
        ui.open(Destination.SETTINGS)
        ui.tap(ui.screen<Screen.Settings>().view.discreet.accessibilityLabel)
        assertTrue(Effect.SetLauncherDiscreet(discreet = true) in ui.effects)
        assertTrue(ui.view.discreet)
        rule.onNodeWithTag(Tags.BACK).performClick()
        rule.waitForIdle()
        val destinations = listOf(
            Destination.SIGNALS, Destination.CONVERSATION, Destination.MELDCODE,
            Destination.AFWEGINGSKADER, Destination.CONTACTS, Destination.SETTINGS, Destination.ABOUT,
        )
        for (destination in listOf<Destination?>(null) + destinations) {
            if (destination != null) ui.open(destination)
            val view = ui.view
            val chrome = listOfNotNull(view.title, view.call?.label, view.call?.accessibilityLabel, view.back?.label)
                .joinToString(" ").lowercase()
            rule.onNodeWithTag(Tags.TITLE).assertTextEquals(view.title)
            for (word in listOf("mensenhandel", "uitbuit", "signalenkaart")) {
                assertTrue(word !in chrome, "$destination: '$word' in the bars: $chrome")
            }
            assertTrue("mensenhandel" !in ui.everythingOnScreen().lowercase(), "$destination: 'mensenhandel' on screen")
            if (destination != null) {
                rule.onNodeWithTag(Tags.BACK).performClick()
                rule.waitForIdle()
            }
        }
    }

    @Test
    fun typingLetterByLetterKeepsEveryLetter() {
        ui.open(Destination.SETTINGS)
        val name = ui.screen<Screen.Settings>().view.coordinatorName
        val field = rule.onNode(hasSetTextAction() and hasText(name.label))
        "Regio Utrecht".forEach { field.scrollIntoView().performTextInput(it.toString()) }
        rule.waitForIdle()
        assertEquals("Regio Utrecht", ui.screen<Screen.Settings>().view.coordinatorName.text)
    }

    @Test
    fun englishFromSettingsChangesEveryLabel() {
        ui.open(Destination.SETTINGS)
        val english = ui.screen<Screen.Settings>().view.language.options.first { it.event == Event.SetLanguage(nl.signalenkaart.core.Language.EN) }
        rule.onNodeWithText(english.label).scrollIntoView().performClick()
        rule.waitForIdle()
        assertEquals("Call care coordinator", ui.view.call!!.label)
        rule.onNodeWithContentDescription(ui.view.call!!.accessibilityLabel).assertIsDisplayed()
        rule.onNodeWithTag(Tags.TITLE).assertTextEquals(ui.view.title)
    }
}
