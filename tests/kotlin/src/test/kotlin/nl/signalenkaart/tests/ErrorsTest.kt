package nl.signalenkaart.tests

import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.CoreException
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.NoticeKind
import nl.signalenkaart.core.StepChoice
import nl.signalenkaart.core.insecureSoftwareKeyWrapper
import org.junit.Test

/** Errors arrive as Kotlin exceptions from constructors only; everything else is a notice. */
class ErrorsTest {

    @Test
    fun anUnusableDataDirectoryIsAStorageExceptionWithAUsefulMessage() {
        val dir = Files.createTempDirectory("signalenkaart-kt")
        try {
            val file = dir.resolve("data")
            Files.writeString(file, "not a directory")
            val error = assertFailsWith<CoreException.Storage> {
                Core(CoreConfig(file.toString(), Language.NL), AesGcmKeyWrapper())
            }
            // The report text is the core's Display; the user sees the core's own words.
            val report = error.toString()
            assertTrue(report.contains("data directory cannot be used"), report)
            assertTrue(report.contains("check that storage is available and writable"), report)
            assertFalse(report.contains(dir.toString()), "paths can name the user: $report")
            val shown = error.startFailure(Language.NL)
            assertEquals("De app kan niet starten", shown.title)
            assertTrue(shown.text.contains("Er is niets gewijzigd"), shown.text)
            assertEquals("Opnieuw proberen", shown.retry)
            assertFalse(shown.detail.contains(dir.toString()), shown.detail)
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    @Test
    fun theSoftwareKeyWrapperInAFileIsAKeyStoreException() {
        val dir = Files.createTempDirectory("signalenkaart-kt")
        try {
            val file = dir.resolve("keys")
            Files.writeString(file, "x")
            val error = assertFailsWith<CoreException.KeyStore> { insecureSoftwareKeyWrapper(file.toString()) }
            assertTrue(error.toString().contains("platform key store failed"), error.toString())
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    @Test
    fun staleAndForgedEventsComeBackAsNoticesNotExceptions() {
        Shell().use { shell ->
            shell.createVault()
            val garbage = listOf(
                Event.OpenCase("not-a-uuid"),
                Event.ToggleSignal("💥".repeat(10_000), "withdraws"),
                Event.SetStepStatus("'; DROP TABLE cases; --", 200u.toUByte(), StepChoice.DONE),
                Event.EditNote(""),
                Event.Call("nobody"),
                Event.PinDigit(255u.toUByte()),
                Event.Confirm,
            )
            for (event in garbage) {
                val before = shell.view().screen
                val update = shell.send(event)
                assertTrue(update.effects.isEmpty(), "$event")
                assertEquals(NoticeKind.ERROR, update.view.notice?.kind, "$event")
                assertEquals(before, update.view.screen, "$event changed the screen")
            }
        }
    }
}
