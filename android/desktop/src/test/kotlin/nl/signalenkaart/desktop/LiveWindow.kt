package nl.signalenkaart.desktop

import androidx.compose.runtime.Composable
import androidx.compose.ui.ComposeScene
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.text.input.CommitTextCommand
import androidx.compose.ui.text.input.EditCommand
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.ImeOptions
import androidx.compose.ui.text.input.PlatformTextInputService
import androidx.compose.ui.text.input.TextFieldValue
import androidx.compose.ui.unit.Constraints
import androidx.compose.ui.unit.Density
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.swing.Swing
import org.jetbrains.skia.Surface
import javax.swing.SwingUtilities
import javax.swing.Timer

/**
 * The app as a window runs it, headless: a frame every 16 ms on the Swing thread, its
 * coroutines (LaunchedEffect) on Swing's dispatcher, and an input method that commits
 * text the way a phone keyboard does, one commit per character. Unlike the compose test
 * rule, nothing waits for the app to settle between keystrokes, so races between typing,
 * the core's answers and the frames happen here as they do on a phone.
 */
class LiveWindow(widthPx: Int = 720, heightPx: Int = 1600, content: @Composable () -> Unit) : AutoCloseable {
    /** The focused field's input connection (Swing thread only). */
    private var input: ((List<EditCommand>) -> Unit)? = null

    private val ime = object : PlatformTextInputService {
        override fun startInput(
            value: TextFieldValue,
            imeOptions: ImeOptions,
            onEditCommand: (List<EditCommand>) -> Unit,
            onImeActionPerformed: (ImeAction) -> Unit,
        ) {
            input = onEditCommand
        }

        override fun stopInput() {
            input = null
        }

        override fun showSoftwareKeyboard() = Unit
        override fun hideSoftwareKeyboard() = Unit
        override fun updateState(oldValue: TextFieldValue?, newValue: TextFieldValue) = Unit
    }

    private val surface = Surface.makeRasterN32Premul(widthPx, heightPx)
    private val scene = onSwing {
        ComposeScene(ime, Dispatchers.Swing, Density(2f), invalidate = {}).apply {
            constraints = Constraints(maxWidth = widthPx, maxHeight = heightPx)
            setContent(content)
        }
    }
    private val frames = onSwing {
        Timer(16) { scene.render(surface.canvas, System.nanoTime()) }.apply { start() }
    }

    /** Runs [block] on the Swing thread (the app's main thread) and returns its result. */
    fun <T> onSwing(block: () -> T): T {
        var result: Result<T>? = null
        if (SwingUtilities.isEventDispatchThread()) return block()
        SwingUtilities.invokeAndWait { result = runCatching(block) }
        return result!!.getOrThrow()
    }

    /** Waits (rendering goes on) until [condition], checked on the Swing thread, holds. */
    fun waitUntil(what: String, timeoutMs: Long = 20_000, condition: () -> Boolean) {
        val deadline = System.currentTimeMillis() + timeoutMs
        while (!onSwing(condition)) {
            if (System.currentTimeMillis() > deadline) throw AssertionError("timed out waiting for $what")
            Thread.sleep(10)
        }
    }

    /** The first node of the unmerged semantics tree that matches. */
    fun node(matches: (SemanticsNode) -> Boolean): SemanticsNode? = onSwing {
        fun find(node: SemanticsNode): SemanticsNode? =
            if (matches(node)) node else node.children.firstNotNullOfOrNull(::find)
        scene.roots.firstNotNullOfOrNull { find(it.semanticsOwner.unmergedRootSemanticsNode) }
    }

    /**
     * Taps [node] as TalkBack would (its click action) and waits for the keyboard to
     * connect, once the field of the screen before has let go of it.
     */
    fun focus(node: () -> SemanticsNode) {
        waitUntil("the keyboard to be free") { input == null }
        val target = node()
        onSwing { target.config[SemanticsActions.OnClick].action!!.invoke() }
        waitUntil("the keyboard") { input != null }
    }

    /**
     * Types [text] into the focused field, one character (code point) every [intervalMs],
     * in real time: each keystroke is posted to the main thread as a keyboard's commit is.
     */
    fun type(text: String, intervalMs: Long) {
        val start = System.nanoTime()
        var i = 0
        text.codePoints().forEach { codePoint ->
            val typed = String(Character.toChars(codePoint))
            SwingUtilities.invokeLater { input!!.invoke(listOf(CommitTextCommand(typed, 1))) }
            i++
            val due = start + i * intervalMs * 1_000_000
            val wait = (due - System.nanoTime()) / 1_000_000
            if (wait > 0) Thread.sleep(wait)
        }
    }

    override fun close() = onSwing {
        frames.stop()
        scene.close()
    }
}
