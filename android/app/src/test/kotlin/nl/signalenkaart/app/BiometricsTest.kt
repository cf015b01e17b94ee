package nl.signalenkaart.app

import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import nl.signalenkaart.core.BiometricException
import nl.signalenkaart.core.BiometricUnavailable
import org.junit.Test
import java.security.InvalidKeyException
import java.security.ProviderException
import java.security.UnrecoverableKeyException
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutionException
import java.util.concurrent.Executor
import java.util.concurrent.Executors
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import javax.crypto.IllegalBlockSizeException
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertSame
import kotlin.test.assertTrue
import nl.signalenkaart.core.BiometricPrompt as CorePrompt

/**
 * The biometric key's decisions on the plain JVM: the key's parameters as the framework's
 * own builder records them, the mapping of every platform answer to the core's
 * [BiometricException], and the hand-over of a prompt's answer between threads. The
 * prompt and the keystore themselves need a phone (android/README.md, the checklist).
 */
class BiometricsTest {
    @Test
    fun fromApi30TheKeyAsksForAStrongBiometricAtEveryUse() {
        val spec = biometricKeySpec("alias", apiLevel = 30, strongBox = false)
        assertEquals("alias", spec.keystoreAlias)
        assertEquals(KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT, spec.purposes)
        assertContentEquals(arrayOf(KeyProperties.BLOCK_MODE_GCM), spec.blockModes)
        assertContentEquals(arrayOf(KeyProperties.ENCRYPTION_PADDING_NONE), spec.encryptionPaddings)
        assertEquals(256, spec.keySize)
        assertTrue(spec.isRandomizedEncryptionRequired)
        assertTrue(spec.isUserAuthenticationRequired)
        assertEquals(0, spec.userAuthenticationValidityDurationSeconds, "0: each use, not a time window")
        assertEquals(KeyProperties.AUTH_BIOMETRIC_STRONG, spec.userAuthenticationType, "no device credential")
        assertTrue(spec.isInvalidatedByBiometricEnrollment)
        assertFalse(spec.isStrongBoxBacked)
    }

    @Test
    fun belowApi30TheSameIsSaidWithValidityMinusOne() {
        val spec = biometricKeySpec("alias", apiLevel = 29, strongBox = true)
        assertTrue(spec.isUserAuthenticationRequired)
        // The framework here is API 35's: it records validity −1 as what it means, each
        // use by a strong biometric (an API 29 framework keeps −1 itself).
        assertEquals(0, spec.userAuthenticationValidityDurationSeconds)
        assertEquals(KeyProperties.AUTH_BIOMETRIC_STRONG, spec.userAuthenticationType)
        assertTrue(spec.isInvalidatedByBiometricEnrollment)
        assertTrue(spec.isStrongBoxBacked)
    }

    @Test
    fun thePromptsCancelsAreCancelledItsLockoutsLockedOutAndTheRestSaysWhy() {
        for (code in listOf(
            BiometricPrompt.ERROR_CANCELED,
            BiometricPrompt.ERROR_USER_CANCELED,
            BiometricPrompt.ERROR_NEGATIVE_BUTTON,
            BiometricPrompt.ERROR_TIMEOUT,
        )) {
            assertIs<BiometricException.Cancelled>(promptFailure(code), "code $code")
        }
        assertIs<BiometricException.LockedOut>(promptFailure(BiometricPrompt.ERROR_LOCKOUT))
        assertIs<BiometricException.LockedOut>(promptFailure(BiometricPrompt.ERROR_LOCKOUT_PERMANENT))
        val unavailable = mapOf(
            BiometricPrompt.ERROR_HW_NOT_PRESENT to BiometricUnavailable.NO_HARDWARE,
            BiometricPrompt.ERROR_HW_UNAVAILABLE to BiometricUnavailable.HARDWARE_UNAVAILABLE,
            BiometricPrompt.ERROR_NO_BIOMETRICS to BiometricUnavailable.NONE_ENROLLED,
            BiometricPrompt.ERROR_NO_DEVICE_CREDENTIAL to BiometricUnavailable.NO_DEVICE_LOCK,
            BiometricPrompt.ERROR_SECURITY_UPDATE_REQUIRED to BiometricUnavailable.SECURITY_UPDATE_REQUIRED,
        )
        for ((code, reason) in unavailable) {
            assertEquals(reason, assertIs<BiometricException.Unavailable>(promptFailure(code), "code $code").reason)
        }
        for (code in listOf(BiometricPrompt.ERROR_UNABLE_TO_PROCESS, BiometricPrompt.ERROR_NO_SPACE, BiometricPrompt.ERROR_VENDOR, 99)) {
            assertEquals(code, assertIs<BiometricException.Failed>(promptFailure(code)).code)
        }
    }

    @Test
    fun whatCanAuthenticateSaysBecomesTheReasonTheCoreWords() {
        val ok = BiometricManager.BIOMETRIC_SUCCESS
        val none = BiometricManager.BIOMETRIC_ERROR_NONE_ENROLLED
        assertEquals(null, unavailability(strong = ok, weak = ok, deviceSecure = true))
        // Face unlock of Class 2 only: weak works, strong does not.
        assertEquals(BiometricUnavailable.NOT_STRONG, unavailability(strong = none, weak = ok, deviceSecure = true))
        assertEquals(
            BiometricUnavailable.NOT_STRONG,
            unavailability(strong = BiometricManager.BIOMETRIC_ERROR_NO_HARDWARE, weak = ok, deviceSecure = true),
        )
        assertEquals(BiometricUnavailable.NO_DEVICE_LOCK, unavailability(strong = none, weak = none, deviceSecure = false))
        assertEquals(BiometricUnavailable.NONE_ENROLLED, unavailability(strong = none, weak = none, deviceSecure = true))
        val strongOnly = mapOf(
            BiometricManager.BIOMETRIC_ERROR_NO_HARDWARE to BiometricUnavailable.NO_HARDWARE,
            BiometricManager.BIOMETRIC_ERROR_UNSUPPORTED to BiometricUnavailable.NO_HARDWARE,
            BiometricManager.BIOMETRIC_ERROR_HW_UNAVAILABLE to BiometricUnavailable.HARDWARE_UNAVAILABLE,
            BiometricManager.BIOMETRIC_ERROR_SECURITY_UPDATE_REQUIRED to BiometricUnavailable.SECURITY_UPDATE_REQUIRED,
            BiometricManager.BIOMETRIC_STATUS_UNKNOWN to BiometricUnavailable.HARDWARE_UNAVAILABLE,
        )
        for ((code, reason) in strongOnly) {
            assertEquals(reason, unavailability(strong = code, weak = code, deviceSecure = true), "code $code")
        }
    }

    @Test
    fun aKeyGoneForGoodIsKeyInvalidatedWhereverItIsInTheCauses() {
        assertIs<BiometricException.KeyInvalidated>(biometricFailure(KeyPermanentlyInvalidatedException(), 34))
        assertIs<BiometricException.KeyInvalidated>(biometricFailure(UnrecoverableKeyException("no such key"), 28))
        assertIs<BiometricException.KeyInvalidated>(
            biometricFailure(InvalidKeyException("init", KeyPermanentlyInvalidatedException()), 30),
        )
    }

    @Test
    fun keyMintsCodesReachTheCoreAndNoTextDoes() {
        // API 33+: the keystore's exception names KeyMint's code in its text, in the
        // message (as keystore2 throws it) or in toString.
        val pruned = android.security.KeyStoreException(-28, "Invalid operation handle", "operation not found")
        val failed = biometricFailure(IllegalBlockSizeException("doFinal").apply { initCause(pruned) }, 34)
        assertEquals(-28, assertIs<BiometricException.Failed>(failed).code)
        assertEquals("code=-28", failed.message, "nothing of the keystore's text")
        val unimplemented = ProviderException("Keystore operation failed", android.security.KeyStoreException(-100, "Unimplemented"))
        assertEquals(-100, assertIs<BiometricException.Failed>(biometricFailure(unimplemented, 33)).code)

        assertEquals(0, assertIs<BiometricException.Failed>(biometricFailure(RuntimeException("/data/misc/keystore"), 28)).code)
        assertEquals(0, assertIs<BiometricException.Failed>(biometricFailure(IllegalStateException(), 34)).code)
    }

    @Test
    fun withoutTheInternalCodeTheKeystoresPublicCodeIsUsedFromApi33() {
        // A keystore that words its exception otherwise (a vendor's).
        val plain = object : android.security.KeyStoreException(-28, null) {
            override val message: String = "Invalid operation handle"
            override fun toString(): String = message
        }
        val public = plain.numericErrorCode
        assertTrue(public in 1..17, "a public category, not KeyMint's code: $public")
        assertEquals(public, assertIs<BiometricException.Failed>(biometricFailure(plain, 33)).code)
        assertEquals(0, assertIs<BiometricException.Failed>(biometricFailure(plain, 32)).code, "no such API below 33")
    }

    @Test
    fun theCoresOwnFailurePassesThroughAndGuardedThrowsOnlyTypedFailures() {
        val locked = BiometricException.LockedOut()
        assertSame(locked, biometricFailure(locked, 34))
        assertSame(locked, assertFailsWith<BiometricException.LockedOut> { guardedBiometrics<Unit>(34) { throw locked } })
        assertFailsWith<BiometricException.Failed> { guardedBiometrics<Unit>(34) { throw NullPointerException() } }
        assertFailsWith<BiometricException.KeyInvalidated> { guardedBiometrics<Unit>(34) { throw KeyPermanentlyInvalidatedException() } }
    }

    @Test
    fun thePromptShowsTheCoresWordsAndAllowsStrongBiometricsOnly() {
        val info = promptInfo(CorePrompt(title = "Ontgrendelen", subtitle = "Met uw vingerafdruk of gezicht", usePin = "Pincode gebruiken"))
        assertEquals("Ontgrendelen", info.title)
        assertEquals("Met uw vingerafdruk of gezicht", info.subtitle)
        assertEquals("Pincode gebruiken", info.negativeButtonText)
        assertEquals(BIOMETRIC_STRONG, info.allowedAuthenticators)
        assertFalse(info.isConfirmationRequired)
    }

    @Test
    fun theWaitingThreadGetsTheAnswerGivenOnAnother() {
        val answer = PromptAnswer<String>()
        val main = Executors.newSingleThreadExecutor()
        try {
            main.execute {
                Thread.sleep(50)
                answer.succeed("cipher")
            }
            assertEquals("cipher", answer.await(10_000))
        } finally {
            main.shutdownNow()
        }
    }

    @Test
    fun aCancelBeforeThePromptIsShownOrAnsweredWinsAndLaterAnswersAreDropped() {
        val answer = PromptAnswer<String>()
        assertFalse(answer.isSettled)
        answer.fail(BiometricException.Cancelled())
        assertTrue(answer.isSettled, "a prompt not yet shown is then not shown")
        answer.succeed("cipher")
        answer.fail(BiometricException.LockedOut())
        assertFailsWith<BiometricException.Cancelled> { answer.await(10_000) }
    }

    @Test
    fun aPromptLeftUnansweredOrAnInterruptedWaitIsACancel() {
        val slow = PromptAnswer<String>()
        val started = System.nanoTime()
        assertFailsWith<BiometricException.Cancelled> { slow.await(50) }
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) >= 50)
        slow.succeed("too late")
        assertFailsWith<BiometricException.Cancelled> { slow.await(10_000) }

        val interrupted = PromptAnswer<String>()
        Thread.currentThread().interrupt()
        try {
            assertFailsWith<BiometricException.Cancelled> { interrupted.await(10_000) }
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller")
        } finally {
            Thread.interrupted()
        }
    }

    /** A main thread whose tasks run only when the test says: [runAll]. */
    private class HeldMain : Executor {
        val tasks = LinkedBlockingQueue<Runnable>()
        override fun execute(command: Runnable) {
            tasks += command
        }

        fun awaitTask(): Runnable = assertNotNull(tasks.poll(10, TimeUnit.SECONDS), "nothing posted to the main thread")

        fun runAll() {
            while (true) (tasks.poll() ?: return).run()
        }
    }

    @Test
    fun thePromptIsShownOnTheMainThreadAndTheCallerGetsWhatItAnswered() {
        val main = Executors.newSingleThreadExecutor { Thread(it, "ui") }
        val shownOn = mutableListOf<String>()
        try {
            val runner = PromptRunner<String>(main, { Thread.currentThread().name == "ui" }, 10_000)
            val value = runner.run { answer ->
                shownOn += Thread.currentThread().name
                answer.succeed("cipher")
                null
            }
            assertEquals("cipher", value)
            assertEquals(listOf("ui"), shownOn)
        } finally {
            main.shutdownNow()
        }
    }

    @Test
    fun aQuickExitEndsThePromptOnScreenAndItsCallIsCancelled() {
        val main = HeldMain()
        val dismissed = mutableListOf<String>()
        val runner = PromptRunner<String>(main, { false }, 10_000)
        val worker = Executors.newSingleThreadExecutor()
        try {
            val call = worker.submit<String> { runner.run { { dismissed += "prompt" } } }
            main.awaitTask().run() // the prompt is shown
            assertFalse(call.isDone, "waiting for the user")

            runner.cancel()
            val thrown = assertFailsWith<ExecutionException> { call.get(10, TimeUnit.SECONDS) }
            assertIs<BiometricException.Cancelled>(thrown.cause)
            main.runAll()
            assertTrue(dismissed.isNotEmpty(), "the prompt taken away on the main thread")
        } finally {
            worker.shutdownNow()
        }
    }

    @Test
    fun aCancelBeforeThePromptIsShownKeepsItFromShowing() {
        val main = HeldMain()
        val shown = mutableListOf<String>()
        val runner = PromptRunner<String>(main, { false }, 10_000)
        val worker = Executors.newSingleThreadExecutor()
        try {
            val call = worker.submit<String> { runner.run { shown += "prompt"; null } }
            val show = main.awaitTask() // posted, not run yet
            runner.cancel()
            show.run()
            main.runAll()
            val thrown = assertFailsWith<ExecutionException> { call.get(10, TimeUnit.SECONDS) }
            assertIs<BiometricException.Cancelled>(thrown.cause)
            assertEquals(emptyList(), shown, "never shown after the quick exit")
        } finally {
            worker.shutdownNow()
        }
    }

    @Test
    fun aPromptUnansweredPastTheLimitIsCancelledAndTakenAway() {
        val main = Executors.newSingleThreadExecutor()
        val dismissed = CountDownLatch(1)
        try {
            val runner = PromptRunner<String>(main, { false }, 50)
            assertFailsWith<BiometricException.Cancelled> { runner.run { { dismissed.countDown() } } }
            assertTrue(dismissed.await(10, TimeUnit.SECONDS))
        } finally {
            main.shutdownNow()
        }
    }

    @Test
    fun waitingOnTheMainThreadFailsInsteadOfHangingAndAShowThatThrowsIsAFailure() {
        val main = HeldMain()
        assertFailsWith<IllegalStateException> { PromptRunner<String>(main, { true }, 10_000).run { null } }
        assertTrue(main.tasks.isEmpty(), "nothing shown")

        val direct = PromptRunner<String>(Executor { it.run() }, { false }, 10_000)
        val failed = assertFailsWith<BiometricException.Failed> { direct.run { throw IllegalStateException("fragment state") } }
        assertEquals(0, failed.code)
        // A later call runs as the first did: nothing of the failed one is left.
        assertEquals("cipher", direct.run { it.succeed("cipher"); null })
        direct.cancel() // no call: nothing to cancel
    }
}
