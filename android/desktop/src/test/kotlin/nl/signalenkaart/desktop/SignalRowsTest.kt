package nl.signalenkaart.desktop

import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.getBoundsInRoot
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.SeenChoice
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/**
 * Rows do not grow under the finger: ticking a signal in a case leaves every row where it
 * was, so the next tap lands on the signal it was aimed at. When it was seen and the
 * remark live on the signal's own screen, opened by the row's details.
 */
class SignalRowsTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    /** A new case's signals, the vault made on the way. */
    private fun caseSignals() {
        ui.open(Destination.CASES)
        ui.pin("246810")
        ui.pin("246810")
        ui.tap(ui.newCase().view.sections[0].accessibilityLabel)
    }

    @Test
    fun tickingASignalLeavesTheNextRowWhereItWas() {
        caseSignals()
        val signals = ui.screen<Screen.Signals>().view
        assertEquals("gezin B.", signals.caseLabel, "the case's signals")
        val rows = signals.items
        assertTrue(rows.all { it.secondary != null }, "details on every row: $rows")
        val ticked = rule.onNodeWithContentDescription(rows[1].accessibilityLabel).scrollIntoView()
        val next = rule.onNodeWithContentDescription(rows[2].accessibilityLabel)
        val nextDetails = rule.onNodeWithContentDescription(rows[2].secondary!!.accessibilityLabel)
        val before = listOf(ticked.getBoundsInRoot(), next.getBoundsInRoot(), nextDetails.getBoundsInRoot())

        ticked.performClick()
        rule.waitForIdle()
        // Found again by what the row says now: a row that spoke its time would be another node.
        val tickedNow = rule.onNodeWithContentDescription(ui.screen<Screen.Signals>().view.items[1].accessibilityLabel)
        tickedNow.assertIsOn()
        val after = listOf(tickedNow.getBoundsInRoot(), next.getBoundsInRoot(), nextDetails.getBoundsInRoot())
        assertEquals(before, after, "the ticked row, the next row and its details stay put")

        // A remark and an earlier moment, saved on the signal's screen: still no row moves.
        ui.tap(ui.screen<Screen.Signals>().view.items[1].secondary!!.accessibilityLabel)
        val detail = ui.screen<Screen.SignalDetail>().view
        rule.onNodeWithText(detail.recorded).assertIsDisplayed()
        rule.onNode(hasText(detail.seen.options.first { it.event == Event.ChooseSeen(SeenChoice.YESTERDAY) }.label))
            .scrollIntoView().performClick()
        rule.waitForIdle()
        val time = ui.screen<Screen.SignalDetail>().view.time!!
        assertEquals(FieldId.SEEN_TIME, time.id)
        rule.onNode(hasSetTextAction() and hasText(time.label)).scrollIntoView().performTextInput("16:30")
        rule.onNode(hasSetTextAction() and hasText(detail.remark!!.label)).scrollIntoView()
            .performTextInput(
                "Zegt dat het geld voor een oom is die hij nooit eerder noemde. Twee nieuwe telefoons op tafel; " +
                    "een man in de gang beantwoordt elke vraag en houdt de voordeur op slot.",
            )
        rule.waitForIdle()
        val saving = ui.screen<Screen.SignalDetail>().view
        assertTrue(saving.save.enabled, "${saving.time?.error}")
        ui.tap(saving.save.accessibilityLabel)
        ui.screen<Screen.Signals>()
        ui.tap(ui.view.notice!!.dismiss.accessibilityLabel)
        val savedRow = rule.onNodeWithContentDescription(ui.screen<Screen.Signals>().view.items[1].accessibilityLabel)
        savedRow.scrollIntoView()
        val saved = listOf(savedRow.getBoundsInRoot(), next.getBoundsInRoot(), nextDetails.getBoundsInRoot())
        assertEquals(before, saved, "a remark and a moment never grow the row")
    }
}
