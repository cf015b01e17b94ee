package nl.signalenkaart.desktop

import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.LaunchState
import nl.signalenkaart.ui.Launcher
import nl.signalenkaart.ui.SignalenkaartRoot
import nl.signalenkaart.ui.Store
import org.junit.After
import org.junit.Rule
import org.junit.Test
import java.io.File
import java.nio.file.Files
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull

/** A core that cannot start is a screen in its words with a retry, never a crash loop. */
class StartFailureTest {
    @get:Rule
    val rule = createComposeRule()

    private val dir: File = Files.createTempDirectory("signalenkaart-start").toFile()

    @After
    fun tearDown() {
        dir.deleteRecursively()
    }

    @Test
    fun anUnusableDataFolderShowsTheCoresWordsAndRetryStartsOnceItIsFixed() {
        // The vault's folder is a file: as unusable as a full or read-only disk.
        val data = File(dir, "data").apply { writeText("not a folder") }
        val launcher = Launcher(Language.NL) { Store(desktopCore(dir, Language.NL), { _, _ -> }, SwingMain) }
        rule.setContent { SignalenkaartRoot(launcher, dark = false) }
        rule.runOnIdle { launcher.start() }

        val failure = assertIs<LaunchState.Failed>(rule.runOnIdle { launcher.state }).failure
        rule.onNodeWithText(failure.title).assertIsDisplayed()
        rule.onNodeWithText(failure.text).assertIsDisplayed()
        rule.onNodeWithText(failure.detail).assertIsDisplayed()
        val retry = assertNotNull(failure.retry, "a full disk can be solved: retry offered")
        for (word in listOf("Signalenkaart", "uitbuiting", "mensenhandel")) {
            assertFalse(failure.title.contains(word) || failure.text.contains(word), "reveals the app: $word")
        }

        // Tapping retry before the folder is fixed changes nothing and loses nothing.
        rule.onNodeWithContentDescription(retry).performClick()
        rule.waitForIdle()
        assertIs<LaunchState.Failed>(rule.runOnIdle { launcher.state })

        data.delete()
        rule.onNodeWithContentDescription(retry).performClick()
        rule.waitForIdle()
        val running = assertIs<LaunchState.Running>(rule.runOnIdle { launcher.state })
        assertIs<Screen.Home>(running.store.view.screen)
        rule.onNodeWithText(running.store.view.title).assertIsDisplayed()
        running.store.close()
    }
}
