package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/** The card's screens render the view's fields in the view's order, and discreet mode's "Tekst tonen". */
class CardScreensTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    /** Where the node's top is in the whole (scrolling) layout, not only what is in view. */
    private fun topOf(node: SemanticsNode): Float = node.positionInRoot.y

    private fun topOfText(text: String) = topOf(rule.onNodeWithText(text).fetchSemanticsNode())

    private fun topOfLabel(label: String) = topOf(rule.onNodeWithContentDescription(label).fetchSemanticsNode())

    @Test
    fun homeShowsTheSectionsFirstAndTheIntroductionOnRequest() {
        val home = ui.screen<Screen.Home>().view
        val title = rule.onNodeWithTag(Tags.TITLE).fetchSemanticsNode()
        val barBottom = title.positionInRoot.y + title.size.height
        val firstSection = topOfLabel(home.sections.first().accessibilityLabel)
        // Nothing between the title bar and the first section.
        val texts = mutableListOf<Pair<String, Float>>()
        fun walk(node: SemanticsNode) {
            node.config.getOrNull(SemanticsProperties.Text)?.forEach { texts += it.text to topOf(node) }
            node.children.forEach(::walk)
        }
        walk(rule.onRoot(useUnmergedTree = true).fetchSemanticsNode())
        val between = texts.filter { (_, top) -> top >= barBottom && top < firstSection }
        assertEquals(emptyList(), between, "shown above the first section")

        val open = assertNotNull(home.showText, "the introduction can be opened")
        assertTrue(topOfLabel(open.accessibilityLabel) > topOfLabel(home.sections.last().accessibilityLabel))
        ui.tap(open.accessibilityLabel)
        val intro = assertNotNull(ui.screen<Screen.Home>().view.intro)
        assertTrue(topOfText(intro) > topOfLabel(home.sections.last().accessibilityLabel), "below the sections")
    }

    @Test
    fun signalsScreenFollowsTheCardsOrderWithTheButtonsLast() {
        ui.open(Destination.SIGNALS)
        ui.tap(ui.screen<Screen.Signals>().view.items[0].accessibilityLabel)
        val view = ui.screen<Screen.Signals>().view
        val tops = listOf(
            "last signal" to topOfLabel(view.items.last().accessibilityLabel),
            "banner" to topOfText(view.banner!!),
            // The same words as the title bar's: the one in the content, lowest.
            "the card's second heading" to rule.onAllNodesWithText(view.perpetratorHeading!!.text)
                .fetchSemanticsNodes().maxOf { topOf(it) },
            "on seeing oneself as offender" to topOfText(view.perpetratorText.first()),
            "save" to topOfLabel(view.save!!.accessibilityLabel),
        )
        assertEquals(tops.sortedBy { it.second }.map { it.first }, tops.map { it.first }, "$tops")
        // The title bar's heading, and the card's own repeat of it over the text on seeing
        // oneself as offender (recorded in provenance.json): twice, as on the card.
        assertEquals(2, ui.everythingOnScreen().split('\n').count { it == ui.view.title })
    }

    @Test
    fun discreetModeShowsTheCardTextOnlyAfterTekstTonenUntilTheScreenIsLeft() {
        ui.open(Destination.SETTINGS)
        ui.tap(ui.screen<Screen.Settings>().view.discreet.accessibilityLabel)
        rule.onNodeWithTag(Tags.BACK).performClick()
        rule.waitForIdle()
        ui.open(Destination.SIGNALS)
        assertTrue("dader" !in ui.everythingOnScreen().lowercase(), "held back")
        val show = assertNotNull(ui.screen<Screen.Signals>().view.showText)
        assertEquals("Tekst tonen", show.label)
        ui.tap(show.accessibilityLabel)
        assertTrue("zichzelf als dader" in ui.everythingOnScreen(), "shown after Tekst tonen")
        rule.onNodeWithTag(Tags.BACK).performClick()
        rule.waitForIdle()
        ui.open(Destination.SIGNALS)
        assertTrue("dader" !in ui.everythingOnScreen().lowercase(), "held back again after leaving")
    }

    @Test
    fun discreetModeFoldsTheUsersNoteUntilTekstTonenAndKeepsTheCaseNameHome() {
        ui.open(Destination.SETTINGS)
        ui.tap(ui.screen<Screen.Settings>().view.discreet.accessibilityLabel)
        rule.onNodeWithTag(Tags.BACK).performClick()
        rule.waitForIdle()
        ui.open(Destination.SIGNALS)
        ui.tap(ui.screen<Screen.Signals>().view.items[0].accessibilityLabel)
        ui.tap(ui.screen<Screen.Signals>().view.save!!.accessibilityLabel)
        ui.pin("246810")
        ui.pin("246810")
        ui.tap(ui.screen<Screen.Cases>().view.newCase.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput("Jansen")
        ui.tap(ui.screen<Screen.Label>().view.submit.accessibilityLabel)
        ui.tap(ui.screen<Screen.Case>().view.newNote.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput("Slachtoffer van mensenhandel")
        ui.tap(ui.screen<Screen.NoteEditor>().view.save.accessibilityLabel)

        val case = ui.screen<Screen.Case>().view
        assertEquals("Jansen", ui.view.title, "the case's own screen shows its name")
        assertTrue("mensenhandel" !in ui.everythingOnScreen().lowercase(), "the note is folded")
        val show = assertNotNull(case.showText, "Tekst tonen on the case")
        ui.tap(show.accessibilityLabel)
        assertTrue("Slachtoffer van mensenhandel" in ui.everythingOnScreen(), "one tap shows it")

        // Elsewhere the case is "Casus", not its name.
        ui.tap(ui.screen<Screen.Case>().view.sections[0].accessibilityLabel)
        assertTrue("Jansen" !in ui.everythingOnScreen(), "the signals do not name the case")
    }
}
