package nl.signalenkaart.tests

import java.security.SecureRandom
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicReference
import nl.signalenkaart.core.BiometricException
import nl.signalenkaart.core.BiometricPrompt
import nl.signalenkaart.core.PlatformBiometrics

/**
 * The biometric key the Android shell has, held in memory: [enroll] keeps a copy of the
 * secret under a random handle (the "wrapped" bytes the core stores), [unlock] gives it
 * back for that handle. How the user answers each prompt is [answer]; every prompt the
 * core worded is kept in [prompts].
 */
class FakeBiometrics : PlatformBiometrics {
    /** How the next prompts end, until told otherwise. */
    sealed interface Answer {
        /** A recognised finger: the key is released. */
        data object Recognise : Answer

        /** The platform throws [error] (a `BiometricException`, or anything else). */
        data class Throw(val error: Exception) : Answer

        /** The prompt stays up until [cancel] (a quick exit hiding the app), then `Cancelled`. */
        data object Hold : Answer
    }

    @Volatile var answer: Answer = Answer.Recognise

    val prompts: MutableList<BiometricPrompt> = CopyOnWriteArrayList()

    /** Keys released by a recognised finger. */
    @Volatile var released = 0
        private set

    @Volatile var forgotten = 0
        private set

    private var handle: ByteArray? = null
    private var secret: ByteArray? = null

    /** Counted down when a held prompt is on screen. */
    @Volatile var shown = CountDownLatch(1)
        private set
    private val cancelled = AtomicReference(CountDownLatch(1))

    /** Ends a prompt on screen, as the shell does for `HideApp`. */
    fun cancel() = cancelled.get().countDown()

    override fun enroll(secret: ByteArray, prompt: BiometricPrompt): ByteArray {
        prompt(prompt)
        return synchronized(this) {
            this.secret?.fill(0)
            this.secret = secret.copyOf()
            secret.fill(0)
            ByteArray(16).also { SecureRandom().nextBytes(it) }.also { handle = it.copyOf() }
        }
    }

    override fun unlock(wrapped: ByteArray, prompt: BiometricPrompt): ByteArray {
        prompt(prompt)
        return synchronized(this) {
            val secret = secret
            if (secret == null || !wrapped.contentEquals(handle)) throw BiometricException.KeyInvalidated()
            released++
            secret.copyOf()
        }
    }

    @Synchronized
    override fun forget() {
        forgotten++
        secret?.fill(0)
        secret = null
        handle = null
    }

    /** Shows [prompt] and ends it as [answer] says; returns only for a recognised finger. */
    private fun prompt(prompt: BiometricPrompt) {
        prompts += prompt
        when (val answer = answer) {
            Answer.Recognise -> {}
            is Answer.Throw -> throw answer.error
            Answer.Hold -> {
                val cancel = cancelled.get()
                shown.countDown()
                check(cancel.await(10, TimeUnit.SECONDS)) { "the held prompt was never cancelled" }
                cancelled.set(CountDownLatch(1))
                shown = CountDownLatch(1)
                throw BiometricException.Cancelled()
            }
        }
    }
}
