package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/**
 * What the core says for a screen reader reaches it: headings where the core flags one,
 * each choice option with its words and state, and the sources behind one "Bronnen" line.
 */
class AccessibilityTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    private fun isHeading(text: String): Boolean =
        rule.onAllNodesWithText(text, useUnmergedTree = true).fetchSemanticsNodes().any {
            it.config.getOrNull(SemanticsProperties.Heading) != null
        }

    @Test
    fun headingsAreHeadingsWhereTheCoreFlagsThem() {
        ui.open(Destination.CONVERSATION)
        val conversation = ui.screen<Screen.Conversation>().view
        assertTrue(conversation.helpingHeading.heading)
        assertTrue(isHeading(conversation.helpingHeading.text), "Bevorderend is a heading")
        assertTrue(isHeading(conversation.hinderingHeading.text), "Belemmerend is a heading")
        // A point of the card is not.
        assertTrue(!isHeading(conversation.helping.first()))
        ui.tap(ui.view.back!!.accessibilityLabel)
        ui.open(Destination.SIGNALS)
        val signals = ui.screen<Screen.Signals>().view
        val second = assertNotNull(signals.perpetratorHeading, "the card's second heading")
        assertTrue(isHeading(second.text))
    }

    @Test
    fun choiceOptionsSayTheirWordsAndTheirState() {
        ui.open(Destination.SETTINGS)
        val language = ui.screen<Screen.Settings>().view.language
        language.options.forEach { option ->
            val node = rule.onNodeWithContentDescription(option.accessibilityLabel).fetchSemanticsNode()
            assertEquals(option.stateDescription, node.config.getOrNull(SemanticsProperties.StateDescription))
        }
        assertEquals(listOf("gekozen", "niet gekozen"), language.options.map { it.stateDescription }.sortedBy { it.length })
    }

    @Test
    fun sourcesOpenBehindOneLineAndNoAddressStandsInTheText() {
        ui.open(Destination.CONTACTS)
        rule.onNodeWithTag(Tags.SOURCES).assertExists()
        assertTrue("https://" !in ui.everythingOnScreen(), "no address before Bronnen is tapped")
        val sources = assertNotNull(ui.screen<Screen.Contacts>().view.sources)
        assertEquals("Bronnen", sources.toggle.label)
        ui.tap(sources.toggle.accessibilityLabel)
        val open = assertNotNull(ui.screen<Screen.Contacts>().view.sources)
        assertTrue(open.lines.isNotEmpty())
        rule.onNodeWithText(open.lines.first()).assertExists()
        assertTrue("Microsoft Learn" !in ui.everythingOnScreen())
    }
}
