package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.state.ToggleableState
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.CoreInterface
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.InternalException
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Store
import org.junit.After
import org.junit.Rule
import org.junit.Test
import java.nio.file.Files
import java.util.concurrent.Executor
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertNotNull

/** What must never end the process or lose typing: broken text, a failing dispatch. */
class ShellSafetyTest {
    @get:Rule
    val rule = createComposeRule()

    private val ui by lazy { UiHarness(rule) }

    @After
    fun tearDown() = ui.close()

    @Test
    fun textCutInsideAnEmojiReachesTheCoreWellFormedAndTypingGoesOn() {
        ui.open(Destination.SETTINGS)
        val name = ui.screen<Screen.Settings>().view.coordinatorName
        val field = rule.onNode(hasSetTextAction() and hasText(name.label))
        // Half of 😀 (U+1F600): the bindings cannot encode it and would throw.
        field.scrollIntoView().performTextInput("Regio \uD83D")
        rule.waitForIdle()
        assertEquals("Regio \uFFFD", ui.screen<Screen.Settings>().view.coordinatorName.text)
        field.performTextInput(" Utrecht \uD83D\uDE00")
        rule.waitForIdle()
        assertEquals("Regio \uFFFD Utrecht \uD83D\uDE00", ui.screen<Screen.Settings>().view.coordinatorName.text)
    }

    @Test
    fun aDispatchThatThrowsLeavesTheStoreWorkingOnTheCoresView() {
        val dir = Files.createTempDirectory("signalenkaart-flaky").toFile()
        val uncaught = mutableListOf<Throwable>()
        val previous = Thread.getDefaultUncaughtExceptionHandler()
        Thread.setDefaultUncaughtExceptionHandler { _, e -> synchronized(uncaught) { uncaught += e } }
        val core = FlakyCore(desktopCore(dir, Language.NL, FixedClock()))
        val store = Store(core, { _, _ -> }, Executor { it.run() })
        try {
            core.failNext = true
            store.send(Event.Open(Destination.SETTINGS))
            waitUntil { store.isIdleNow }
            assertIs<Screen.Home>(store.view.screen, "the core's view as it stands")
            store.send(Event.Open(Destination.SETTINGS))
            waitUntil { store.isIdleNow }
            assertIs<Screen.Settings>(store.view.screen, "the next event is handled")
            assertEquals(emptyList(), synchronized(uncaught) { uncaught.toList() })
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous)
            store.close()
            dir.deleteRecursively()
        }
    }

    @Test
    fun aCheckRowSpeaksItsTextAndItsStateOnceInTheAppsWords() {
        ui.open(Destination.SIGNALS)
        val first = ui.screen<Screen.Signals>().view.items[0]
        ui.tap(first.accessibilityLabel)
        val ticked = ui.screen<Screen.Signals>().view.items[0]
        // No second line: the time lives on the signal's own screen, so the row keeps its height.
        assertEquals(null, ticked.detail)
        assertEquals(ticked.label, ticked.accessibilityLabel)
        rule.onNodeWithContentDescription(ticked.accessibilityLabel).scrollIntoView()
            .assert(SemanticsMatcher.expectValue(SemanticsProperties.StateDescription, "aangevinkt"))
            .assert(SemanticsMatcher.expectValue(SemanticsProperties.ToggleableState, ToggleableState.On))
    }

    @Test
    fun typingPastTheLimitIsNeverStoppedAndShowsTheCoresErrorAndCounter() {
        ui.open(Destination.SETTINGS)
        val name = ui.screen<Screen.Settings>().view.coordinatorName
        val tooLong = "x".repeat(name.maxChars.toInt() + 1)
        rule.onNode(hasSetTextAction() and hasText(name.label)).scrollIntoView().performTextInput(tooLong)
        rule.waitForIdle()
        val shown = ui.screen<Screen.Settings>().view.coordinatorName
        assertEquals(tooLong, shown.text, "nothing cut")
        rule.onNodeWithText(assertNotNull(shown.counter)).assertIsDisplayed()
        rule.onNodeWithText(assertNotNull(shown.error)).assertIsDisplayed()
    }
}

/** The real core, but the next dispatch throws as a defect in the bindings would. */
private class FlakyCore(private val real: CoreInterface) : CoreInterface {
    @Volatile
    var failNext = false

    override fun dispatch(event: Event) = if (failNext) {
        failNext = false
        throw InternalException("dispatch failed")
    } else {
        real.dispatch(event)
    }

    override fun view() = real.view()
}

private fun waitUntil(condition: () -> Boolean) {
    val deadline = System.nanoTime() + 10_000_000_000
    while (!condition()) {
        check(System.nanoTime() < deadline) { "timed out" }
        Thread.sleep(5)
    }
}
