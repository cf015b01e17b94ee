package nl.signalenkaart.desktop

import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** The meldcode as a log, the case's one next step with the acute path, a note's kind. */
class MeldcodeLogTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    /** A vault and a new case, left open on its screen. */
    private fun newCase() {
        ui.open(Destination.CASES)
        ui.pin("246810")
        ui.pin("246810")
        ui.newCase()
    }

    private fun tapOption(label: String, within: String) {
        rule.onNode(hasText(label) and hasAnyAncestor(hasTestTag(within))).scrollIntoView().performClick()
        rule.waitForIdle()
    }

    @Test
    fun stepTwoLogsWhomWasConsultedAndTheAdvice() {
        newCase()
        ui.tap(ui.screen<Screen.Case>().view.sections[1].accessibilityLabel)
        val step2 = ui.screen<Screen.Meldcode>().view.steps[1]
        ui.tap(step2.experts[0].consulted!!.accessibilityLabel)
        // Steps 2 and 4 both offer it: the one in step 2's card.
        tapOption(ui.screen<Screen.Meldcode>().view.steps[1].editAdvice!!.label, Tags.step(2))
        rule.onNode(hasSetTextAction()).performTextInput("eerst de huisarts bellen")
        ui.tap(ui.screen<Screen.Label>().view.submit.accessibilityLabel)
        val log = ui.screen<Screen.Meldcode>().view.steps[1].log
        assertEquals(2, log.size, "$log")
        assertTrue(log[0].startsWith("Geraadpleegd: "), log[0])
        assertEquals("Advies: eerst de huisarts bellen", log[1])
        for (line in log) {
            rule.onNode(hasText(line) and hasTestTag(Tags.stepLog(2))).scrollIntoView().assertIsDisplayed()
        }
    }

    @Test
    fun acuteUnsafetyLeadsTheCaseWithCallsAndOneNextStep() {
        newCase()
        ui.tap(ui.screen<Screen.Case>().view.sections[2].accessibilityLabel)
        val yes = ui.screen<Screen.Afwegingskader>().view.questions[0].choices!!.options[0].label
        tapOption(yes, Tags.question(1))
        tapOption(yes, Tags.question(2))
        rule.onNodeWithTag(Tags.BACK).performClick()
        rule.waitForIdle()
        val case = ui.screen<Screen.Case>().view
        val acute = case.acute ?: throw AssertionError("no acute line: $case")
        assertEquals("Acute onveiligheid: bel 112 · Veilig Thuis 0800 2000", acute.text)
        rule.onNodeWithTag(Tags.ACUTE).assertIsDisplayed()
        rule.onNodeWithTag(Tags.NEXT_STEP).scrollIntoView().assertIsDisplayed()
        rule.onNode(hasText(case.nextStep!!)).scrollIntoView().assertIsDisplayed()
        ui.effects.clear()
        ui.tap(acute.calls[0].accessibilityLabel)
        assertEquals(listOf<Effect>(Effect.Dial(telUri = "tel:112")), ui.effects.toList())
    }

    @Test
    fun aNoteSaysWhichKindItIs() {
        newCase()
        ui.tap(ui.screen<Screen.Case>().view.newNote.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput("Zoon brengt pakketjes rond.")
        val observation = ui.screen<Screen.NoteEditor>().view.kind.options[2]
        tapOption(observation.label, Tags.NOTE_KIND)
        rule.onNode(hasText(observation.label) and hasAnyAncestor(hasTestTag(Tags.NOTE_KIND))).assertIsSelected()
        assertTrue(ui.screen<Screen.NoteEditor>().view.kind.options[2].selected)
    }
}
