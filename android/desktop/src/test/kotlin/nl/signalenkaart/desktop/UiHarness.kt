package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.IdlingResource
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.junit4.ComposeContentTestRule
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.PlatformBiometrics
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.SignalenkaartApp
import nl.signalenkaart.ui.Store
import java.io.File
import java.nio.file.Files

/**
 * The real core over a fresh vault in a temporary folder, behind the real store and
 * screens. Tests tap what the user sees, found by the view model's own accessibility
 * labels, and read back the view and the effects.
 */
class UiHarness(
    private val rule: ComposeContentTestRule,
    language: Language = Language.NL,
    biometrics: PlatformBiometrics? = null,
) : AutoCloseable {
    private val dir: File = Files.createTempDirectory("signalenkaart-ui").toFile()
    val clock = FixedClock()
    val effects: MutableList<Effect> = java.util.Collections.synchronizedList(mutableListOf())
    val store = Store(desktopCore(dir, language, clock, biometrics), { effect, _ -> effects += effect }, SwingMain)

    init {
        rule.registerIdlingResource(object : IdlingResource {
            override val isIdleNow: Boolean get() = store.isIdleNow
        })
        rule.setContent { SignalenkaartApp(store, dark = false) }
    }

    val view: ViewModel get() = rule.runOnIdle { store.view }

    inline fun <reified T : Screen> screen(): T {
        val screen = view.screen
        return screen as? T ?: throw AssertionError("expected ${T::class.simpleName}, got ${screen::class.simpleName}")
    }

    /** Opens a section from the home screen, as the user taps it. */
    fun open(destination: Destination) {
        val home = screen<Screen.Home>().view
        tap(home.sections.first { it.event == Event.Open(destination) }.accessibilityLabel)
    }

    /** Taps the node TalkBack would announce as [label]. */
    fun tap(label: String) {
        rule.onNodeWithContentDescription(label).scrollIntoView().performClick()
        rule.waitForIdle()
    }

    fun pin(digits: String) {
        digits.forEach { tap(it.toString()) }
        tap((view.screen as Screen.Pin).view.keys.last().accessibilityLabel)
    }

    /** Names a new case from the case list shown, typing [label]; the case's screen. */
    fun newCase(label: String = "gezin B."): Screen.Case {
        tap(screen<Screen.Cases>().view.newCase.accessibilityLabel)
        rule.onNode(hasSetTextAction()).performTextInput(label)
        tap(screen<Screen.Label>().view.submit.accessibilityLabel)
        return screen()
    }

    /** Every text and spoken label on screen, from the semantics tree TalkBack reads. */
    fun everythingOnScreen(): String {
        val out = StringBuilder()
        fun walk(node: SemanticsNode) {
            node.config.getOrNull(SemanticsProperties.Text)?.forEach { out.append(it.text).append('\n') }
            node.config.getOrNull(SemanticsProperties.ContentDescription)?.forEach { out.append(it).append('\n') }
            node.config.getOrNull(SemanticsProperties.EditableText)?.let { out.append(it.text).append('\n') }
            node.children.forEach(::walk)
        }
        walk(rule.onRoot(useUnmergedTree = true).fetchSemanticsNode())
        return out.toString()
    }

    override fun close() {
        store.close()
        dir.deleteRecursively()
    }
}

/** Scrolls the screen to the node where it is in the scrolling content; bars do not scroll. */
fun SemanticsNodeInteraction.scrollIntoView(): SemanticsNodeInteraction {
    try {
        performScrollTo()
    } catch (_: AssertionError) {
        // Not inside a scrolling container (top bar, call bar): already visible.
    }
    return this
}
