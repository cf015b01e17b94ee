package nl.signalenkaart.desktop

import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Screen
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The question whose zorgcoördinator to call, as the user meets it: asked once, never in the way. */
class CoordinatorQuestionTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    private fun openQuestion(): Screen.CoordinatorQuestion {
        val prompt = assertNotNull(ui.screen<Screen.Home>().view.coordinatorQuestion, "asked on a first start")
        ui.tap(prompt.accessibilityLabel)
        return ui.screen()
    }

    @Test
    fun theQuestionShowsTheCardsNumberAndTheWayOutStaysOneTapAway() {
        val question = openQuestion().view
        val shown = ui.everythingOnScreen()
        assertTrue(question.card in shown, "the card's coordinator with its number: $shown")
        assertTrue("013 549 8430" in question.card)
        assertTrue(question.whereToFind!! in shown, "where to find one's own")
        assertTrue(ui.view.quickExit!!.accessibilityLabel in shown, "quick exit in the frame")
        assertTrue(ui.view.call!!.accessibilityLabel in shown, "the call in the frame")
        ui.tap(question.chooseCard.accessibilityLabel)
        val home = ui.screen<Screen.Home>().view
        assertNull(home.coordinatorQuestion, "answered: not asked again")
        assertEquals("013 549 8430", ui.view.call!!.number)
    }

    @Test
    fun aWrongNumberIsRefusedUnderItsFieldAndTheTypedTextStays() {
        val question = openQuestion().view
        rule.onNode(hasSetTextAction() and hasText(question.ownName.label)).scrollIntoView()
            .performTextInput("Zorgcoördinator regio Utrecht")
        rule.onNode(hasSetTextAction() and hasText(question.ownNumber.label)).scrollIntoView()
            .performTextInput("030 12")
        rule.waitForIdle()
        ui.tap(question.saveOwn.accessibilityLabel)
        val refused = ui.screen<Screen.CoordinatorQuestion>().view
        assertEquals("Dit nummer is te kort: er ontbreken cijfers.", refused.ownNumber.error)
        assertEquals("030 12", refused.ownNumber.text)
        assertTrue(refused.ownNumber.error!! in ui.everythingOnScreen(), "the reason is shown")
    }

    @Test
    fun laterEndsTheQuestionAndTheCardsNumberIsRung() {
        val question = openQuestion().view
        ui.tap(question.later.accessibilityLabel)
        assertNull(ui.screen<Screen.Home>().view.coordinatorQuestion, "postponed: not asked again")
        assertEquals("013 549 8430", ui.view.call!!.number)
    }
}
